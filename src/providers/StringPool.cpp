#include "providers/StringPool.h"

void StringPool::share(QString &text)
{
    if (text.isEmpty())
        return;
    const auto found = m_strings.constFind(text);
    if (found == m_strings.cend())
        m_strings.insert(text);
    else
        text = *found;
}

void StringPool::share(Instance &instance)
{
    // Not the ids, names and addresses: they differ from row to row.
    for (QString *text : {&instance.accountId, &instance.gpuModel, &instance.region, &instance.providerStatus,
                          &instance.statusMessage, &instance.sshUser})
        share(*text);
    if (instance.extras.isEmpty())
        return;
    QVariantMap extras;
    for (auto it = instance.extras.cbegin(); it != instance.extras.cend(); ++it) {
        QString key = it.key();
        share(key);
        if (it.value().typeId() == QMetaType::QString) {
            QString value = it.value().toString();
            share(value);
            extras.insert(key, value);
        } else {
            extras.insert(key, it.value());
        }
    }
    instance.extras = extras;
}

void StringPool::share(QList<Instance> &instances)
{
    for (Instance &instance : instances)
        share(instance);
}
