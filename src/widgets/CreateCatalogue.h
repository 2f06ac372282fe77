#pragma once

#include "core/Offering.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the create dialog knows of one account's catalogue (products, Novita clusters, Nebula
// Block images and registered SSH keys) and how far loading it got, with the texts that state
// shows. A plain value; the controller fills it through the dialog's setters.
struct CreateCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(CreateCatalogue)

public:
    QList<Offering> offerings;
    QList<CatalogueEntry> clusters;
    QList<CatalogueEntry> images;
    QList<CatalogueEntry> sshKeys;
    QString error;
    bool requested = false; // catalogueRequested was emitted for it
    bool loading = false;
    bool offeringsLoaded = false;
    bool keysLoaded = false;

    // The line above the product list: loading, the load error, or "no products"; else empty.
    [[nodiscard]] QString statusText(bool *isError) const;
    // Why nothing can be created yet because of the catalogue; empty once products are there.
    [[nodiscard]] QString blockingReason() const;
};
