#pragma once

#include "core/Instance.h"

#include <QList>
#include <QSet>
#include <QString>

// Makes equal strings of freshly parsed instances share one copy: a page of instances repeats its
// GPU model, region, status, SSH user and most extras (keys and values) in every row, and each
// JSON parse allocates them anew (~1 KB per instance at 10,000 instances, docs/PERFORMANCE.md).
// Values stay equal; only their storage is shared. One pool per parse: not thread-safe.
class StringPool final
{
public:
    void share(QString &text);
    void share(Instance &instance);
    void share(QList<Instance> &instances);

private:
    QSet<QString> m_strings;
};
