#pragma once

#include "core/InstanceSpec.h"
#include "core/Offering.h"
#include "providers/ProviderError.h"

#include <QList>
#include <QObject>
#include <QSet>

class NebulaBlockClient;
class ProviderCall;
struct HttpResponse;
struct Instance;

/**
 * One Nebula Block create (nebulablock.md §4, §7): find or register the SSH key, note instances
 * that already carry the name, POST the create exactly once, then find the new instance by name,
 * because the answer holds no id. After a lost answer it looks before it reports failure.
 * A child of its ProviderCall, so it dies with it.
 */
class NebulaBlockCreation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NebulaBlockCreation)

public:
    NebulaBlockCreation(NebulaBlockClient *client, ProviderCall *call, const InstanceSpec &spec);
    void start();

private:
    void onKeysListed(const ProviderError &error, const QList<CatalogueEntry> &keys);
    void registerKey();
    void onKeyRegistered(const HttpResponse &response, const ProviderError &error);
    [[nodiscard]] bool useMatchingKey(const QList<CatalogueEntry> &keys);
    void noteExistingNames();
    void postCreate();
    void onCreateAnswered(const HttpResponse &response, const ProviderError &error);
    void lookUp();
    void onLookedUp(const ProviderError &error, const QList<Instance> &instances);
    void fail(const ProviderError &error);

    NebulaBlockClient *m_client;
    ProviderCall *m_call;
    InstanceSpec m_spec;
    QString m_name;
    QString m_publicKey; // "type base64", for matching registered keys
    QString m_keyId;
    QSet<QString> m_existingIds; // same-named instances from before this create
    ProviderError m_lostAnswer;  // the create POST got no usable answer: it may or may not exist
    ProviderError m_keyError;    // the key POST got no usable answer; listed once more to find it
    QString m_message;
    int m_lookups = 0;
};
