#pragma once

// Opens the window (or, with --demo, the window on an in-process simulated cloud); returns the
// exit code. Also handles --version and --help.
int runGui(int argc, char *argv[]);
