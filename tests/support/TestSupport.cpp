#include "support/TestSupport.h"

#include <QFile>

QByteArray TestSupport::fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(GPUFLEET_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
