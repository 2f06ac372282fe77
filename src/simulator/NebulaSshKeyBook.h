#pragma once

#include "simulator/SimResponse.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrlQuery>

// One Nebula Block tenant's registered SSH keys and the /ssh-keys endpoints over them (list with
// limit/offset, create, rename, delete), answering in Nebula's {data,message,status} envelope.
class NebulaSshKeyBook final
{
public:
    // subPath is "/ssh-keys" or "/ssh-keys/<id>".
    SimResponse handle(const QByteArray &method, const QString &subPath, const QUrlQuery &query,
                       const QByteArray &body);
    [[nodiscard]] bool contains(qint64 id) const;
    qint64 add(const QString &name, const QString &data);

private:
    struct Key
    {
        qint64 id = 0;
        QString name;
        QString data;
        QDateTime created;
    };

    [[nodiscard]] static QJsonObject toJson(const Key &key, bool listStyle);
    Key *find(qint64 id);

    QList<Key> m_keys;
    qint64 m_nextId = 75;
};
