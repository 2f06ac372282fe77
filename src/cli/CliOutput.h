#pragma once

#include "core/Account.h"
#include "core/Instance.h"
#include "core/Offering.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// The CLI's output contract: the JSON shapes scripts rely on and the aligned tables people read.
// Never prints a key or a password.
namespace CliOutput {
QJsonObject instanceJson(const Instance &instance, const QString &accountLabel);
QJsonObject offeringJson(const Offering &offering);
QJsonObject accountJson(const Account &account);
QJsonObject errorJson(const QString &accountLabel, Provider provider, const QString &message);

QString instanceTable(const QList<QPair<Instance, QString>> &instancesWithLabels);
QString instanceDetails(const Instance &instance, const QString &accountLabel);
QString offeringTable(const QList<Offering> &offerings);
QString accountTable(const QList<Account> &accounts);
QString formatPrice(const std::optional<double> &pricePerHour);
// Columns padded to their widest cell, two spaces apart.
QString table(const QStringList &header, const QList<QStringList> &rows);
} // namespace CliOutput
