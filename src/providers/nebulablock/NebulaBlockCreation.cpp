#include "providers/nebulablock/NebulaBlockCreation.h"

#include "core/Logging.h"
#include "providers/HttpTransport.h"
#include "providers/ProviderCall.h"
#include "providers/nebulablock/NebulaBlockCatalogueParser.h"
#include "providers/nebulablock/NebulaBlockClient.h"
#include "providers/nebulablock/NebulaBlockParser.h"
#include "providers/nebulablock/NebulaBlockRequests.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// The answer may have been lost after the server acted on the request: look before failing.
bool mayHaveHappened(const ProviderError &error)
{
    switch (error.kind) {
    case ProviderError::Kind::Network:
    case ProviderError::Kind::Timeout:
    case ProviderError::Kind::Server:
    case ProviderError::Kind::BadResponse:
        return true;
    default:
        return false;
    }
}

HttpRequest post(const QString &path, const QByteArray &body)
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.retryable = false; // no idempotency key: a second POST would make a second one
    return request;
}

} // namespace

NebulaBlockCreation::NebulaBlockCreation(NebulaBlockClient *client, ProviderCall *call,
                                         const InstanceSpec &spec)
    : QObject(call)
    , m_client(client)
    , m_call(call)
    , m_spec(spec)
    , m_name(spec.name.trimmed())
    , m_publicKey(NebulaBlockRequests::normalizedPublicKey(spec.sshPublicKey))
{
    if (m_name.isEmpty())
        m_name = NebulaBlockRequests::generatedName();
}

void NebulaBlockCreation::start()
{
    qCInfo(lcNebula) << "creating instance" << m_name;
    m_client->fetchAllSshKeys(m_call, [this](const ProviderError &error, const QList<CatalogueEntry> &keys) {
        onKeysListed(error, keys);
    });
}

bool NebulaBlockCreation::useMatchingKey(const QList<CatalogueEntry> &keys)
{
    for (const CatalogueEntry &key : keys) {
        // Same type and base64: a different comment is still the same key.
        if (NebulaBlockRequests::normalizedPublicKey(key.extras.value(u"key_data"_s).toString())
            == m_publicKey) {
            m_keyId = key.id;
            return true;
        }
    }
    return false;
}

void NebulaBlockCreation::onKeysListed(const ProviderError &error, const QList<CatalogueEntry> &keys)
{
    if (error.isError()) {
        fail(m_keyError.isError() ? m_keyError : error);
        return;
    }
    if (useMatchingKey(keys)) {
        qCDebug(lcNebula) << "using registered SSH key" << m_keyId;
        noteExistingNames();
    } else if (m_keyError.isError()) {
        fail(m_keyError);
    } else {
        registerKey();
    }
}

void NebulaBlockCreation::registerKey()
{
    qCDebug(lcNebula) << "registering the SSH public key";
    m_client->send(m_call, post(u"/ssh-keys"_s, NebulaBlockRequests::sshKeyBody(m_spec.sshPublicKey)),
                   [this](const HttpResponse &response, const ProviderError &error) {
                       onKeyRegistered(response, error);
                   });
}

void NebulaBlockCreation::onKeyRegistered(const HttpResponse &response, const ProviderError &error)
{
    ProviderError failure = error;
    CatalogueEntry key;
    if (!failure.isError())
        failure = NebulaBlockCatalogueParser::parseCreatedSshKey(response.body, key);
    if (!failure.isError()) {
        m_keyId = key.id;
        noteExistingNames();
        return;
    }
    if (!mayHaveHappened(failure)) {
        fail(failure);
        return;
    }
    // The key may exist now: list once more rather than register it twice.
    m_keyError = failure;
    m_client->fetchAllSshKeys(m_call,
                              [this](const ProviderError &listError, const QList<CatalogueEntry> &keys) {
                                  onKeysListed(listError, keys);
                              });
}

void NebulaBlockCreation::noteExistingNames()
{
    m_client->fetchAllInstances(
        m_call,
        [this](const ProviderError &error, const QList<Instance> &instances, const QSet<QString> &, int) {
            if (error.isError()) {
                fail(error);
                return;
            }
            for (const Instance &instance : instances) {
                if (instance.name == m_name)
                    m_existingIds.insert(instance.id);
            }
            postCreate();
        });
}

void NebulaBlockCreation::postCreate()
{
    qCDebug(lcNebula) << "POST /computing/instance for" << m_name;
    m_client->send(m_call,
                   post(u"/computing/instance"_s, NebulaBlockRequests::createBody(m_name, m_spec, m_keyId)),
                   [this](const HttpResponse &response, const ProviderError &error) {
                       onCreateAnswered(response, error);
                   });
}

void NebulaBlockCreation::onCreateAnswered(const HttpResponse &response, const ProviderError &error)
{
    ProviderError failure = error;
    if (!failure.isError())
        failure = NebulaBlockParser::parseAction(response.body, m_message);
    if (failure.isError()) {
        if (!mayHaveHappened(failure)) {
            fail(failure);
            return;
        }
        qCInfo(lcNebula) << "create answer unusable (" << ProviderError::kindName(failure.kind)
                         << "); looking for" << m_name;
        m_lostAnswer = failure;
    }
    lookUp();
}

void NebulaBlockCreation::lookUp()
{
    ++m_lookups;
    m_client->fetchAllInstances(m_call,
                                [this](const ProviderError &error, const QList<Instance> &instances,
                                       const QSet<QString> &, int) { onLookedUp(error, instances); });
}

void NebulaBlockCreation::onLookedUp(const ProviderError &error, const QList<Instance> &instances)
{
    const Instance *found = nullptr;
    for (const Instance &instance : instances) {
        if (instance.name != m_name || m_existingIds.contains(instance.id))
            continue;
        // Several new ones (another client raced us): take the most recently started.
        if (!found || !found->startedAt.isValid() || instance.startedAt >= found->startedAt)
            found = &instance;
    }
    if (found) {
        ProviderResult result;
        result.instance = *found;
        m_client->applyAccount(result.instance);
        result.message = m_message;
        qCInfo(lcNebula) << "created" << m_name << "as" << found->id;
        m_call->finish(result);
        return;
    }
    if (error.isError())
        qCDebug(lcNebula) << "lookup after create failed:" << ProviderError::kindName(error.kind);
    if (m_lookups < m_client->m_lookupAttempts) {
        QTimer::singleShot(m_client->m_lookupDelayMs, this, [this] {
            if (!m_call->isFinished())
                lookUp();
        });
        return;
    }

    ProviderResult result;
    if (m_lostAnswer.isError()) {
        result.error = m_lostAnswer;
        result.error.providerMessage =
            tr("no usable answer to the create request for \"%1\" and it is not in the instance list; "
               "check the list before creating it again")
                .arg(m_name);
    } else {
        result.error = ProviderError::make(ProviderError::Kind::NotFound,
                                           tr("Nebula Block accepted \"%1\" but it is not in the instance "
                                              "list yet; it should appear shortly")
                                               .arg(m_name));
    }
    result.instance.name = m_name;
    m_client->applyAccount(result.instance);
    m_call->finish(result);
}

void NebulaBlockCreation::fail(const ProviderError &error)
{
    ProviderResult result;
    result.error = error;
    result.instance.name = m_name;
    m_call->finish(result);
}
