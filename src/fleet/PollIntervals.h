#pragma once

// How often an account's list is fetched. Fast while something moves or right after a user
// action, slow when all is steady, backing off on errors.
struct PollIntervals
{
    int fastMs = 5000;
    int slowMs = 60000;
    int maxBackoffMs = 300000;
    int busyWindowMs = 120000; // fast polling after a user action, at least this long
};
