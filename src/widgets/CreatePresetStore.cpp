#include "widgets/CreatePresetStore.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Root = u"presets"_s;

QString providerGroup(Provider provider)
{
    return Root + u'/' + Providers::id(provider);
}
} // namespace

CreatePresetStore::CreatePresetStore(QSettings &settings)
    : m_settings(settings)
{
}

QString CreatePresetStore::group(Provider provider, const QString &name)
{
    // Percent-encoded so a '/' or '\' in a preset name cannot open a nested group.
    return providerGroup(provider) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name.trimmed()));
}

QStringList CreatePresetStore::names(Provider provider) const
{
    m_settings.beginGroup(providerGroup(provider));
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    QStringList names;
    for (const QString &encoded : groups)
        names.append(QUrl::fromPercentEncoding(encoded.toLatin1()));
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

std::optional<InstanceSpec> CreatePresetStore::load(Provider provider, const QString &name) const
{
    if (name.trimmed().isEmpty() || !names(provider).contains(name.trimmed()))
        return std::nullopt;
    m_settings.beginGroup(group(provider, name));
    InstanceSpec spec;
    spec.offeringId = m_settings.value(u"offeringId"_s).toString();
    spec.gpuCount = qBound(1, m_settings.value(u"gpuCount"_s, 1).toInt(), 8);
    spec.image = m_settings.value(u"image"_s).toString();
    spec.diskGb = qMax(0, m_settings.value(u"diskGb"_s).toInt());
    spec.sector = m_settings.value(u"sector"_s).toString();
    spec.clusterId = m_settings.value(u"clusterId"_s).toString();
    spec.ports = m_settings.value(u"ports"_s).toString();
    spec.sshPublicKey = m_settings.value(u"sshPublicKey"_s).toString();
    const QStringList envs = m_settings.value(u"envs"_s).toStringList();
    for (const QString &line : envs)
        spec.envs.append({line.section(u'=', 0, 0), line.section(u'=', 1)});
    m_settings.endGroup();
    return spec;
}

bool CreatePresetStore::save(Provider provider, const QString &name, const InstanceSpec &spec)
{
    if (name.trimmed().isEmpty())
        return false;
    m_settings.remove(group(provider, name));
    m_settings.beginGroup(group(provider, name));
    m_settings.setValue(u"offeringId"_s, spec.offeringId);
    m_settings.setValue(u"gpuCount"_s, spec.gpuCount);
    m_settings.setValue(u"image"_s, spec.image);
    m_settings.setValue(u"diskGb"_s, spec.diskGb);
    m_settings.setValue(u"sector"_s, spec.sector);
    m_settings.setValue(u"clusterId"_s, spec.clusterId);
    m_settings.setValue(u"ports"_s, spec.ports);
    m_settings.setValue(u"sshPublicKey"_s, spec.sshPublicKey);
    QStringList envs;
    for (const auto &env : spec.envs)
        envs.append(env.first + u'=' + env.second);
    m_settings.setValue(u"envs"_s, envs);
    m_settings.endGroup();
    return true;
}

void CreatePresetStore::remove(Provider provider, const QString &name)
{
    m_settings.remove(group(provider, name));
}
