#pragma once

struct CliContext;

// `communitydesk-cli demo [--households N] [--communities N]`: fills an empty database with a
// demo community (or a street of N communities) and, on a file without accounts, the documented
// demo administrator. Exit code 0, 1 when refused or failed, 2 for a wrong number.
int runDemo(const CliContext &c);
