#include "simulator/NebulaSshKeyBook.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DefaultLimit = 100;

SimResponse envelope(int status, const QJsonValue &data, const QString &message, bool ok)
{
    QJsonObject json{{u"message"_s, message}, {u"status"_s, ok ? u"success"_s : u"failed"_s}};
    json.insert(u"data"_s, data);
    return SimResponse::json(status, json);
}

SimResponse failed(int status, const QString &message)
{
    return envelope(status, QJsonValue::Null, message, false);
}
} // namespace

SimResponse NebulaSshKeyBook::handle(const QByteArray &method, const QString &subPath, const QUrlQuery &query,
                                     const QByteArray &body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    if (subPath == u"/ssh-keys") {
        if (method == "GET") {
            const int limit =
                query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt() : DefaultLimit;
            const int offset = std::max(0, query.queryItemValue(u"offset"_s).toInt());
            QJsonArray keys;
            for (qsizetype i = offset; i < std::min(m_keys.size(), qsizetype(offset) + std::max(0, limit));
                 ++i)
                keys.append(toJson(m_keys.at(i), true));
            return envelope(200, QJsonObject{{u"total_ssh_keys"_s, m_keys.size()}, {u"ssh_keys"_s, keys}},
                            u"SSH keys retrieved successfully"_s, true);
        }
        if (method == "POST") {
            // The docs' own curl example says "name"; the field table says "key_name".
            const QString name = request.value(u"key_name"_s).toString(request.value(u"name"_s).toString());
            const QString data = request.value(u"key_data"_s).toString().trimmed();
            if (name.isEmpty() || data.isEmpty())
                return failed(400, u"key_name and key_data are required"_s);
            return envelope(200, toJson(*find(add(name, data)), false), u"SSH key created successfully"_s,
                            true);
        }
        return failed(405, u"Method not allowed"_s);
    }
    bool ok = false;
    const qint64 id = subPath.mid(QStringView(u"/ssh-keys/").size()).toLongLong(&ok);
    Key *key = ok ? find(id) : nullptr;
    if (!key)
        return failed(404, u"SSH key not found"_s);
    if (method == "PUT") {
        const QString name = request.value(u"key_name"_s).toString();
        if (name.isEmpty())
            return failed(400, u"key_name is required"_s);
        key->name = name;
        return envelope(200, toJson(*key, false), u"SSH key updated successfully"_s, true);
    }
    if (method == "DELETE") {
        m_keys.removeIf([id](const Key &candidate) { return candidate.id == id; });
        return envelope(200, QJsonObject(), u"SSH key deleted successfully"_s, true);
    }
    return failed(405, u"Method not allowed"_s);
}

bool NebulaSshKeyBook::contains(qint64 id) const
{
    return std::any_of(m_keys.cbegin(), m_keys.cend(), [id](const Key &key) { return key.id == id; });
}

qint64 NebulaSshKeyBook::add(const QString &name, const QString &data)
{
    m_keys.append({m_nextId, name, data, QDateTime::currentDateTimeUtc()});
    return m_nextId++;
}

QJsonObject NebulaSshKeyBook::toJson(const Key &key, bool listStyle)
{
    // Nebula lists keys with a zone-prefixed local time but answers create/rename with UNIX seconds.
    const QString created = listStyle
        ? u"EST "_s + key.created.toTimeZone(QTimeZone(-5 * 3600)).toString(u"yyyy-MM-dd HH:mm:ss"_s)
        : QString::number(key.created.toSecsSinceEpoch());
    return QJsonObject{
        {u"id"_s, key.id}, {u"key_name"_s, key.name}, {u"key_data"_s, key.data}, {u"create_time"_s, created}};
}

NebulaSshKeyBook::Key *NebulaSshKeyBook::find(qint64 id)
{
    for (Key &key : m_keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}
