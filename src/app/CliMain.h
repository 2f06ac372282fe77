#pragma once

// Runs a `gpufleet <subcommand>` on QCoreApplication with the real keychain; returns the exit code.
int runCli(int argc, char *argv[]);
