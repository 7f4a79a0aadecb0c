#pragma once

struct CliContext;

// `communitydesk-cli search TEXT [--limit N]`: the register searched as the main window does,
// one resident a line (tab-separated columns), the count on standard error.
int runSearch(const CliContext &c);
