#pragma once

#include "core/AccountStore.h"

#include <QFile>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace AccountStoreTesting {

using namespace Qt::Literals::StringLiterals;

// Base of the AccountStore tests: XDG_CONFIG_HOME in a temporary directory for the whole run, and
// a fresh settings directory per test function.
class AccountStoreFixture : public QObject
{
protected:
    static Account account(const QString &label, Provider provider = Provider::Fal)
    {
        Account result;
        result.provider = provider;
        result.label = label;
        return result;
    }

    Account add(AccountStore &store, const QString &label, Provider provider = Provider::Fal)
    {
        const AccountStore::AddResult added = store.addAccount(account(label, provider));
        [&] { QCOMPARE(added.error, AccountStore::Error::None); }();
        return added.account;
    }

    void setUpConfigHome()
    {
        // Before any QStandardPaths call: the default file must land here, never in the user's config.
        QVERIFY(m_configHome.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    }

    void setUpSettingsDir()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void tearDownSettingsDir() { m_dir.reset(); }

    [[nodiscard]] QString settingsPath() const { return m_dir->filePath(u"gpufleet.conf"_s); }

    QTemporaryDir m_configHome;
    std::optional<QTemporaryDir> m_dir;
};

} // namespace AccountStoreTesting
