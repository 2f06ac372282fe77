#include "simulator/SimContext.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int FirstHost = 2;
constexpr int LastHost = 250;
} // namespace

int SimContext::stepIntervalMs() const
{
    const double scaled = speed > 0 ? stepMs / speed : stepMs;
    return std::max(1, int(std::lround(scaled)));
}

QString SimContext::allocateIp()
{
    const int host = m_nextHost;
    m_nextHost = m_nextHost >= LastHost ? FirstHost : m_nextHost + 1;
    return u"127.0.0."_s + QString::number(host);
}
