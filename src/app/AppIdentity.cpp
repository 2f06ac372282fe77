#include "app/AppIdentity.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

void AppIdentity::apply()
{
    QCoreApplication::setOrganizationName(u"gpufleet"_s);
    QCoreApplication::setApplicationName(u"gpufleet"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUFLEET_VERSION));
}
