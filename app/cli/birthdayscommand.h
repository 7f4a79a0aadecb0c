#pragma once

struct CliContext;

// `communitydesk-cli birthdays YYYY-MM --out FILE.pdf|.csv|.xlsx [--lunar] [--min-age N]
// [--per-grid] [--show-phones]`: the month's birthday list of the elderly (a PDF is the sign-in
// sheet), written audited. Exit code 0, 1 when it could not be written, 2 for wrong arguments.
int runBirthdays(const CliContext &c);
