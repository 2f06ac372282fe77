#include "fleet/InstanceCache.h"

#include "core/Logging.h"
#include "fleet/InstanceJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int FormatVersion = 1;
constexpr qint64 MaxCacheBytes = 64 * 1024 * 1024;
} // namespace

InstanceCache::InstanceCache(const QString &filePath)
    : m_filePath(filePath)
{
    if (m_filePath.isEmpty())
        m_filePath = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + u"/gpufleet/fleet.json"_s;
}

QHash<QString, QList<Instance>> InstanceCache::load() const
{
    QHash<QString, QList<Instance>> result;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxCacheBytes)
        return result;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"version"_s).toInt() != FormatVersion)
        return result; // unreadable or from another version: start empty rather than guess
    const QJsonObject accounts = root.value(u"accounts"_s).toObject();
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
        result.insert(it.key(), list);
    }
    return result;
}

bool InstanceCache::save(const QHash<QString, QList<Instance>> &byAccount) const
{
    QJsonObject accounts;
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        QJsonArray array;
        for (const Instance &instance : it.value())
            array.append(InstanceJson::toJson(instance));
        accounts.insert(it.key(), array);
    }
    QJsonObject root;
    root.insert(u"version"_s, FormatVersion);
    root.insert(u"accounts"_s, accounts);

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcFleet) << "cannot write the fleet cache:" << file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}
