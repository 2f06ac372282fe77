#include "core/Notifier.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Notifier::~Notifier() = default;

bool Notification::hasAction(const QString &id) const
{
    return std::any_of(actions.cbegin(), actions.cend(),
                       [&](const NotificationAction &a) { return a.id == id; });
}

QString Notification::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Ready:
        return u"ready"_s;
    case Kind::Failed:
        return u"failed"_s;
    case Kind::StoppedUnexpectedly:
        return u"stoppedUnexpectedly"_s;
    case Kind::Vanished:
        return u"vanished"_s;
    case Kind::Stuck:
        return u"stuck"_s;
    case Kind::StillRunning:
        return u"stillRunning"_s;
    case Kind::Budget:
        return u"budget"_s;
    }
    return {};
}

QList<Notification::Kind> Notification::allKinds()
{
    return {Kind::Ready,        Kind::Failed, Kind::StoppedUnexpectedly, Kind::Vanished, Kind::Stuck,
            Kind::StillRunning, Kind::Budget};
}

QString Notification::kindDisplayName(Kind kind)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Notification", text); };
    switch (kind) {
    case Kind::Ready:
        return tr("Instance ready");
    case Kind::Failed:
        return tr("Instance failed");
    case Kind::StoppedUnexpectedly:
        return tr("Instance stopped unexpectedly");
    case Kind::Vanished:
        return tr("Instance disappeared");
    case Kind::Stuck:
        return tr("Instance stuck while starting");
    case Kind::StillRunning:
        return tr("Instance still running");
    case Kind::Budget:
        return tr("Daily budget");
    }
    return {};
}
