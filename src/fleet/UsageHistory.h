#pragma once

#include "fleet/Clock.h"
#include "fleet/CostTracker.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

// A local record of every instance GPU Fleet saw running: account, instance, start, end, hours and
// estimated cost, kept as JSON under the data location (atomic writes, no secrets, no addresses).
// Gives totals per account for today, this week and this month.
class UsageHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageHistory)

public:
    struct Record
    {
        QString accountId;
        QString accountLabel;
        QString instanceId;
        QString name;
        Provider provider = Provider::Fal;
        QDateTime start;
        QDateTime end; // invalid while running
        QDateTime lastSeen;
        std::optional<double> pricePerHour;
        bool estimate = false; // start observed by GPU Fleet or price entered by the user

        [[nodiscard]] bool isOpen() const { return !end.isValid(); }
        [[nodiscard]] double hours(const QDateTime &now) const;
    };
    struct Totals
    {
        double hours = 0;
        double cost = 0;
        int instances = 0;
        bool estimate = false; // some of it is an estimate
        bool unpriced = false; // some hours have no price, so `cost` is a lower bound
    };
    struct AccountTotals
    {
        QString accountId;
        QString label;
        Totals today;
        Totals week;
        Totals month;
    };
    using PriceLookup = std::function<CostTracker::Price(const Instance &instance)>;

    explicit UsageHistory(Clock clock = Clocks::system(), const QString &path = defaultPath(),
                          QObject *parent = nullptr);
    ~UsageHistory() override; // writes pending changes

    // GenericDataLocation/gpufleet/history.json
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const { return m_path; }
    bool load();
    bool save(); // now, atomically (after a background save in progress)
    void setSaveDelayMs(int ms) { m_saveTimer.setInterval(ms); }
    void setPriceLookup(PriceLookup lookup) { m_priceLookup = std::move(lookup); }
    void setAccountLabel(const QString &accountId, const QString &label);
    // Weeks start on the locale's first day unless set.
    void setFirstDayOfWeek(Qt::DayOfWeek day) { m_firstDayOfWeek = day; }

    void onAccountInstancesChanged(const QString &accountId, const QList<Instance> &instances);
    void onAccountRemoved(const QString &accountId);

    [[nodiscard]] const QList<Record> &records() const { return m_records; }
    [[nodiscard]] Totals totals(const QString &accountId, const QDateTime &from, const QDateTime &to) const;
    // One row per account seen, by label: today, this week, this month (up to now).
    [[nodiscard]] QList<AccountTotals> summary() const;

signals:
    void changed();

private:
    void closeOpen(const QString &accountId, const QSet<QString> &runningIds, const QDateTime &at);
    void scheduleSave();
    // What the save timer runs: the file is written on a worker thread.
    void saveInBackground();
    static bool write(const QString &path, const QList<Record> &records, const QDateTime &now);

    Clock m_clock;
    QString m_path;
    PriceLookup m_priceLookup;
    QList<Record> m_records;
    QHash<QString, QString> m_labels;
    QSet<QString> m_accountsSeen; // accounts updated in this session
    Qt::DayOfWeek m_firstDayOfWeek;
    QTimer m_saveTimer;
    QFuture<bool> m_saving;
};
