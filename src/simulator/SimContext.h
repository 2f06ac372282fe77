#pragma once

#include <QString>

// Settings every simulated provider shares (step time, speed, greeters, Novita's not-found code)
// and the loopback address pool. Owned by SimulatedCloud; the provider APIs only read it.
class SimContext final
{
public:
    // Milliseconds between two lifecycle steps after speed scaling (at least 1).
    [[nodiscard]] int stepIntervalMs() const;
    // Next instance address: 127.0.0.2 .. 127.0.0.250, then around again. Never anything else.
    QString allocateIp();

    int stepMs = 3000;
    double speed = 1.0;
    bool sshGreeters = true;
    int novitaNotFoundStatus = 400;

private:
    int m_nextHost = 2;
};
