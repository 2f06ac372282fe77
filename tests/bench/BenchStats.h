#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

// Medians and the "figure beside its target" lines shared by the timing programs in tests/bench.
// run-benchmarks.sh greps the lines that start with "RESULT".
namespace BenchStats {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

inline QString list(const QList<double> &values, int decimals = 0)
{
    QStringList parts;
    for (const double value : values)
        parts.append(QString::number(value, 'f', decimals));
    return parts.join(QLatin1Char(' '));
}

inline void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

// "RESULT <name>: <figure> (target <target>) PASS|FAIL|INFO"
inline void result(const QString &name, const QString &figure, const QString &target, int verdict)
{
    static const char *const verdicts[] = {"FAIL", "PASS", "INFO"};
    print(QStringLiteral("RESULT %1: %2 (target %3) %4")
              .arg(name, figure, target, QLatin1String(verdicts[std::clamp(verdict, 0, 2)])));
}

constexpr int Info = 2;

// Repetitions: argv "-n N" or $GPUFLEET_BENCH_RUNS, else the fallback.
inline int runs(const QStringList &arguments, int fallback)
{
    const int at = int(arguments.indexOf(QStringLiteral("-n")));
    if (at >= 0 && at + 1 < arguments.size())
        return std::max(1, arguments.at(at + 1).toInt());
    const int fromEnv = qEnvironmentVariableIntValue("GPUFLEET_BENCH_RUNS");
    return fromEnv > 0 ? fromEnv : fallback;
}

} // namespace BenchStats
