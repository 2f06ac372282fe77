#include "fleet/FleetTransition.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTransitionDetector : public QObject
{
    Q_OBJECT

private:
    static Instance make(const QString &id, InstanceStatus status)
    {
        Instance instance;
        instance.accountId = u"acc"_s;
        instance.id = id;
        instance.status = status;
        return instance;
    }
    static QHash<QString, Instance> index(const QList<Instance> &list)
    {
        QHash<QString, Instance> hash;
        for (const Instance &instance : list)
            hash.insert(instance.key(), instance);
        return hash;
    }

private slots:
    void transitions_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::addColumn<int>("expectedKind"); // -1: none

        using S = InstanceStatus;
        using K = FleetTransition::Kind;
        QTest::newRow("provisioning->running")
            << int(S::Provisioning) << int(S::Running) << int(K::BecameRunning);
        QTest::newRow("starting->running") << int(S::Starting) << int(S::Running) << int(K::BecameRunning);
        QTest::newRow("running->running") << int(S::Running) << int(S::Running) << -1;
        QTest::newRow("provisioning->error") << int(S::Provisioning) << int(S::Error) << int(K::Failed);
        QTest::newRow("running->stopped") << int(S::Running) << int(S::Stopped) << int(K::Stopped);
        QTest::newRow("running->stopping") << int(S::Running) << int(S::Stopping) << -1;
        QTest::newRow("running->deleted") << int(S::Running) << int(S::Deleted) << int(K::Vanished);
        QTest::newRow("running->unknown") << int(S::Running) << int(S::Unknown) << -1;
    }

    void transitions()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        QFETCH(int, expectedKind);
        const auto previous = index({make(u"1"_s, InstanceStatus(before))});
        const auto result = TransitionDetector::diff(previous, {make(u"1"_s, InstanceStatus(after))}, {});
        if (expectedKind < 0) {
            QVERIFY(result.isEmpty());
            return;
        }
        QCOMPARE(result.size(), 1);
        QCOMPARE(int(result.first().kind), expectedKind);
        QCOMPARE(int(result.first().previousStatus), before);
        QVERIFY(!result.first().expected);
    }

    void vanishedInstanceIsReportedWithLastState()
    {
        const auto previous =
            index({make(u"1"_s, InstanceStatus::Running), make(u"2"_s, InstanceStatus::Running)});
        const auto result = TransitionDetector::diff(previous, {make(u"2"_s, InstanceStatus::Running)}, {});
        QCOMPARE(result.size(), 1);
        QCOMPARE(result.first().kind, FleetTransition::Kind::Vanished);
        QCOMPARE(result.first().instance.id, u"1"_s);
        QCOMPARE(result.first().instance.status, InstanceStatus::Running);
        QVERIFY(!result.first().expected);
    }

    void userActionsAreExpected()
    {
        const auto previous =
            index({make(u"1"_s, InstanceStatus::Running), make(u"2"_s, InstanceStatus::Deleting)});
        const QSet<QString> expected{u"acc/1"_s};
        const auto result =
            TransitionDetector::diff(previous, {make(u"1"_s, InstanceStatus::Stopped)}, expected);
        QCOMPARE(result.size(), 2);
        for (const FleetTransition &t : result)
            QVERIFY2(t.expected, qPrintable(t.instance.id)); // a stop asked for; a delete in progress
    }

    void newInstancesAreNotTransitions()
    {
        const auto result = TransitionDetector::diff({}, {make(u"1"_s, InstanceStatus::Running)}, {});
        QVERIFY(result.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTransitionDetector)
#include "tst_transitiondetector.moc"
