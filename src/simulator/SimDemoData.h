#pragma once

#include <QString>

class SimulatedCloud;

// The --demo fleet: three tenants and about a dozen instances in mixed states, some of them on
// their way somewhere, so every column, status and action of the UI has something to show.
class SimDemoData final
{
public:
    static void seed(SimulatedCloud &cloud, const QString &falKey, const QString &novitaKey,
                     const QString &nebulaKey);
};
