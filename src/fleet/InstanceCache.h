#pragma once

#include "core/Instance.h"

#include <QFuture>
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
    ~InstanceCache(); // waits for a background save

    [[nodiscard]] QString filePath() const { return m_filePath; }
    // Waits for a background save first.
    [[nodiscard]] QHash<QString, QList<Instance>> load() const;
    bool save(const QHash<QString, QList<Instance>> &byAccount) const;
    /**
     * Saves on a worker thread: the caller only copies the (implicitly shared) lists, so a window
     * with 10,000 instances never waits the ~100 ms the file takes (docs/PERFORMANCE.md). A failure
     * is logged. A later save, load or the destructor waits for it first.
     */
    void saveInBackground(const QHash<QString, QList<Instance>> &byAccount);
    void waitForSaved() const;

private:
    [[nodiscard]] static QHash<QString, QList<Instance>> parse(const QByteArray &json);

    QString m_filePath;
    mutable QFuture<bool> m_saving;
};
