#pragma once

#include <QDateTime>

#include <functional>

// "Now", injected so that tests can compress hours into milliseconds. Local time: the user's day
// (budgets, history totals) starts at local midnight.
using Clock = std::function<QDateTime()>;

namespace Clocks {
inline Clock system()
{
    return [] { return QDateTime::currentDateTime(); };
}
} // namespace Clocks
