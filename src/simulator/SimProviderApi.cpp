#include "simulator/SimProviderApi.h"

#include "simulator/SimContext.h"
#include "simulator/SshGreeter.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr quint16 SshPort = 22;
} // namespace

SimProviderApi::SimProviderApi(Provider provider, SimContext *context, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_context(context)
{
}

SimProviderApi::~SimProviderApi() = default;

SimResponse SimProviderApi::handle(const SimRequest &request, const QString &subPath)
{
    // Auth schemes are case-insensitive (RFC 9110), but fal wants the word "Key", never "Bearer".
    const QByteArray scheme = authScheme().toLower() + ' ';
    const QByteArray authorization = request.authorization.trimmed();
    if (!authorization.toLower().startsWith(scheme))
        return unauthorized();
    const QString key = QString::fromUtf8(authorization.mid(scheme.size()).trimmed());
    const Tenant *account = tenant(key);
    if (key.isEmpty() || !account || account->revoked)
        return unauthorized();
    if (account->forbidden)
        return errorResponse(403, u"Access denied"_s);
    return route(key, request, subPath);
}

void SimProviderApi::addAccount(const QString &apiKey)
{
    Tenant &account = m_tenants[apiKey];
    account.revoked = false;
}

void SimProviderApi::revokeAccount(const QString &apiKey)
{
    if (Tenant *account = tenant(apiKey))
        account->revoked = true;
}

void SimProviderApi::setForbidden(const QString &apiKey, bool forbidden)
{
    m_tenants[apiKey].forbidden = forbidden;
}

void SimProviderApi::setStatus(const QString &apiKey, const QString &id, const QString &rawStatus)
{
    changeStatus(apiKey, id, rawStatus, false);
}

void SimProviderApi::removeInstance(const QString &apiKey, const QString &id)
{
    erase(apiKey, id);
}

QList<QString> SimProviderApi::instanceIds(const QString &apiKey) const
{
    QList<QString> ids;
    if (const Tenant *account = tenant(apiKey)) {
        for (const SimInstance &instance : account->instances)
            ids.append(instance.id);
    }
    return ids;
}

const SimInstance *SimProviderApi::instance(const QString &apiKey, const QString &id) const
{
    return const_cast<SimProviderApi *>(this)->find(apiKey, id);
}

void SimProviderApi::setStatusError(const QString &apiKey, const QString &id, const QString &state,
                                    const QString &message)
{
    if (SimInstance *instance = find(apiKey, id)) {
        instance->errorState = state;
        instance->errorMessage = message;
    }
}

bool SimProviderApi::vanishesAfter(const QString &) const
{
    return false;
}

void SimProviderApi::openGreeter(SimInstance &instance)
{
    // Port 22 needs privileges almost everywhere; without them the instance simply has no greeter.
    auto *greeter = new SshGreeter(this);
    if (!greeter->open(instance.ip, SshPort)) {
        delete greeter;
        return;
    }
    instance.greeter = greeter;
}

void SimProviderApi::aboutToErase(const QString &, const SimInstance &) {}

SimProviderApi::Tenant *SimProviderApi::tenant(const QString &apiKey)
{
    auto it = m_tenants.find(apiKey);
    return it == m_tenants.end() ? nullptr : &it.value();
}

const SimProviderApi::Tenant *SimProviderApi::tenant(const QString &apiKey) const
{
    auto it = m_tenants.constFind(apiKey);
    return it == m_tenants.cend() ? nullptr : &it.value();
}

SimInstance *SimProviderApi::find(const QString &apiKey, const QString &id)
{
    Tenant *account = tenant(apiKey);
    if (!account)
        return nullptr;
    for (SimInstance &instance : account->instances) {
        if (instance.id == id)
            return &instance;
    }
    return nullptr;
}

SimInstance &SimProviderApi::insert(const QString &apiKey, SimInstance instance)
{
    const QString status = instance.status;
    instance.status.clear();
    if (instance.ip.isEmpty())
        instance.ip = m_context->allocateIp();
    if (!instance.createdAt.isValid())
        instance.createdAt = QDateTime::currentDateTimeUtc();
    const QString id = instance.id;
    m_tenants[apiKey].instances.append(std::move(instance));
    changeStatus(apiKey, id, status, true);
    return *find(apiKey, id);
}

void SimProviderApi::changeStatus(const QString &apiKey, const QString &id, const QString &rawStatus,
                                  bool follow)
{
    SimInstance *instance = find(apiKey, id);
    if (!instance)
        return;
    const bool wasRunning = isRunningStatus(instance->status);
    const bool running = isRunningStatus(rawStatus);
    instance->status = rawStatus;
    ++instance->generation;
    if (running && !wasRunning)
        instance->startedAt = QDateTime::currentDateTimeUtc();
    if (running && !instance->greeter && m_context->sshGreeters)
        openGreeter(*instance);
    if (!running)
        closeGreeter(*instance);
    if (follow && (!nextStatus(rawStatus).isEmpty() || vanishesAfter(rawStatus)))
        scheduleStep(apiKey, id, instance->generation);
}

void SimProviderApi::erase(const QString &apiKey, const QString &id)
{
    Tenant *account = tenant(apiKey);
    if (!account)
        return;
    for (qsizetype i = 0; i < account->instances.size(); ++i) {
        SimInstance &instance = account->instances[i];
        if (instance.id != id)
            continue;
        aboutToErase(apiKey, instance);
        closeGreeter(instance);
        account->instances.removeAt(i);
        return;
    }
}

void SimProviderApi::scheduleStep(const QString &apiKey, const QString &id, quint64 generation)
{
    QTimer::singleShot(m_context->stepIntervalMs(), this, [this, apiKey, id, generation] {
        SimInstance *instance = find(apiKey, id);
        // Someone changed the status meanwhile (an action, a test): that chain is stale.
        if (!instance || instance->generation != generation)
            return;
        if (vanishesAfter(instance->status)) {
            erase(apiKey, id);
            return;
        }
        changeStatus(apiKey, id, nextStatus(instance->status), true);
    });
}

void SimProviderApi::closeGreeter(SimInstance &instance)
{
    if (instance.greeter) {
        instance.greeter->close();
        instance.greeter->deleteLater();
    }
    instance.greeter = nullptr;
}

std::optional<QJsonObject> SimProviderApi::parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<qint64> SimProviderApi::toInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != double(qint64(number)))
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<int> SimProviderApi::queryInt(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QString SimProviderApi::randomToken(int length, const QString &alphabet)
{
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return token;
}
