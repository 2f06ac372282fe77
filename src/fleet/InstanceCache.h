#pragma once

#include "core/Instance.h"

#include <QHash>
#include <QList>
#include <QString>

// The last-known fleet on disk (JSON under the XDG cache location), so the next start shows
// something at once. No secrets: passwords are never written.
class InstanceCache final
{
public:
    // Default file: <GenericCacheLocation>/gpufleet/fleet.json.
    explicit InstanceCache(const QString &filePath = {});

    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] QHash<QString, QList<Instance>> load() const;
    bool save(const QHash<QString, QList<Instance>> &byAccount) const;

private:
    QString m_filePath;
};
