#include "core/InstanceNaming.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace InstanceNaming {

QString generate(const QString &gpuModel, const QDateTime &now)
{
    QString gpu = gpuModel.toLower();
    static const QRegularExpression notAllowed(u"[^a-z0-9]+"_s);
    gpu.replace(notAllowed, u"-"_s);
    gpu = gpu.section(QLatin1Char('-'), 0, 1, QString::SectionSkipEmpty);
    if (gpu.isEmpty())
        gpu = u"gpu"_s;
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789"; // no look-alikes
    QString suffix;
    for (int i = 0; i < 4; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return gpu + QLatin1Char('-') + QLocale::c().toString(now, u"MMMdd"_s).toLower() + QLatin1Char('-')
        + suffix;
}

bool isValid(const QString &name)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9][A-Za-z0-9-]{0,62}$"_s);
    return allowed.match(name).hasMatch();
}

} // namespace InstanceNaming
