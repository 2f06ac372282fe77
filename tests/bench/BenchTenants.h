#pragma once

#include "core/Provider.h"

#include <QString>

// The simulated tenants shared by bench_simserver (which serves them) and bench_window (which
// stores them as accounts): account i uses provider i % 3 and a key derived from i.
namespace BenchTenants {

inline Provider provider(int index)
{
    return Providers::all().at(index % 3);
}

inline QString key(int index)
{
    switch (provider(index)) {
    case Provider::Fal:
        return QStringLiteral("bench-fal-%1:secret").arg(index);
    case Provider::Novita:
        return QStringLiteral("sk_bench_%1").arg(index);
    case Provider::NebulaBlock:
        return QStringLiteral("ak_bench_%1").arg(index);
    }
    return {};
}

} // namespace BenchTenants
