#include "fleet/InstanceCache.h"

#include "core/Logging.h"
#include "fleet/InstanceJson.h"
#include "providers/StringPool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int FormatVersion = 1;

// A save runs 2 s after the fleet last changed: after the refresh's transient allocations (JSON of
// pages and details, parsed lists, this file's text) were freed. glibc keeps freed memory in its
// arenas, one per thread that ever allocated, so the resident size only grows; give the whole free
// pages back (docs/PERFORMANCE.md: tens of MB at 10,000 instances).
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
constexpr qint64 MaxCacheBytes = 64 * 1024 * 1024;
} // namespace

InstanceCache::InstanceCache(const QString &filePath)
    : m_filePath(filePath)
{
    if (m_filePath.isEmpty())
        m_filePath = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + u"/gpufleet/fleet.json"_s;
}

InstanceCache::~InstanceCache()
{
    waitForSaved();
}

QHash<QString, QList<Instance>> InstanceCache::load() const
{
    waitForSaved();
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxCacheBytes)
        return {};
    const QHash<QString, QList<Instance>> result = parse(file.readAll());
    releaseFreedMemory(); // the whole file's JSON tree was freed by now
    return result;
}

QHash<QString, QList<Instance>> InstanceCache::parse(const QByteArray &json)
{
    QHash<QString, QList<Instance>> result;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(u"version"_s).toInt() != FormatVersion)
        return result; // unreadable or from another version: start empty rather than guess
    const QJsonObject accounts = root.value(u"accounts"_s).toObject();
    // Rows repeat their GPU model, region, status and extras' names: one copy of each, as the
    // parsers make for a fresh list (docs/PERFORMANCE.md).
    StringPool pool;
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        QList<Instance> list;
        const QJsonArray array = it.value().toArray();
        list.reserve(array.size());
        for (const QJsonValue &value : array) {
            Instance instance = InstanceJson::fromJson(value.toObject());
            instance.accountId = it.key();
            if (!instance.id.isEmpty())
                list.append(instance);
        }
        pool.share(list);
        result.insert(it.key(), list);
    }
    return result;
}

bool InstanceCache::save(const QHash<QString, QList<Instance>> &byAccount) const
{
    waitForSaved();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcFleet) << "cannot write the fleet cache:" << file.errorString();
        return false;
    }
    // Written as text, one account at a time: a QJsonDocument of 10,000 instances took ~40 MB and
    // most of the time (docs/PERFORMANCE.md, bench_instancecache). load() reads it back as before.
    QByteArray chunk = "{\"version\":" + QByteArray::number(FormatVersion) + ",\"accounts\":{";
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        if (it != byAccount.cbegin())
            chunk += ',';
        chunk.reserve(it.value().size() * 700);
        InstanceJson::appendString(chunk, it.key());
        chunk += ":[";
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (i > 0)
                chunk += ',';
            InstanceJson::appendJson(chunk, it.value().at(i));
        }
        chunk += ']';
        file.write(chunk);
        chunk.truncate(0); // keeps the capacity for the next account
    }
    chunk += "}}";
    file.write(chunk);
    const bool committed = file.commit();
    releaseFreedMemory();
    return committed;
}

void InstanceCache::saveInBackground(const QHash<QString, QList<Instance>> &byAccount)
{
    waitForSaved();
    const QString path = m_filePath;
    m_saving = QtConcurrent::run([path, byAccount] {
        const bool saved = InstanceCache(path).save(byAccount);
        if (!saved)
            qCWarning(lcFleet) << "could not save the instance cache";
        return saved;
    });
}

void InstanceCache::waitForSaved() const
{
    m_saving.waitForFinished();
}
