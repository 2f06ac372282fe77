#pragma once

#include "models/InstanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QList>
#include <QObject>
#include <QSignalSpy>
#include <QString>

#include <memory>

// Shared by the InstanceTableModel tests (tst_instancetablemodel_*.cpp).
namespace InstanceTableModelTesting {

using namespace Qt::Literals::StringLiterals;

inline constexpr qint64 StartMs = 1'700'000'000'000;
inline const QString Password = u"pw-7f3a9c-do-not-show"_s;

inline Instance make(const QString &account, const QString &id,
                     InstanceStatus status = InstanceStatus::Running)
{
    Instance instance;
    instance.provider = Provider::Novita;
    instance.accountId = account;
    instance.id = id;
    instance.name = u"node-"_s + id;
    instance.gpuModel = u"H100"_s;
    instance.gpuCount = 8;
    instance.region = u"eu-west-1"_s;
    instance.status = status;
    instance.publicIp = u"127.0.0.5"_s;
    instance.pricePerHour = 2.5;
    return instance;
}

inline QList<Instance> makeMany(const QString &account, int count)
{
    QList<Instance> result;
    for (int i = 0; i < count; ++i)
        result.append(make(account, QString::number(i)));
    return result;
}

// Every signal that could change rows, for "no signal at all" checks.
struct AllSpies
{
    explicit AllSpies(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelAboutToBeReset)
        , layout(model, &QAbstractItemModel::layoutAboutToBeChanged)
    {
    }
    [[nodiscard]] int total() const
    {
        return int(dataChanged.count() + inserted.count() + removed.count() + reset.count() + layout.count());
    }
    QSignalSpy dataChanged;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy layout;
};

inline QModelIndex arg(const QSignalSpy &spy, int signal, int argument)
{
    return spy.at(signal).at(argument).value<QModelIndex>();
}

// Base of the InstanceTableModel tests: a fresh model per test function, on a fake clock, watched
// by QAbstractItemModelTester.
class InstanceTableModelFixture : public QObject
{
protected:
    void setUpModel()
    {
        m_now = StartMs;
        m_model = std::make_unique<InstanceTableModel>();
        m_model->setClock([this] { return m_now; });
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get()); // checks every later mutation
    }

    void tearDownModel()
    {
        m_tester.reset();
        m_model.reset();
    }

    [[nodiscard]] QString keyAt(int row) const
    {
        return m_model->index(row, 0).data(InstanceTableModel::InstanceKeyRole).toString();
    }

    qint64 m_now = StartMs;
    std::unique_ptr<InstanceTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace InstanceTableModelTesting
