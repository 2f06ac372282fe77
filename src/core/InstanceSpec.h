#pragma once

#include <QList>
#include <QPair>
#include <QString>

// What the user asked to create. Fields a provider does not take stay empty; each client
// validates what it needs before sending anything.
struct InstanceSpec
{
    QString offeringId;   // fal instance type, Novita product id, Nebula product id
    QString name;         // required for Novita/Nebula (the only way to find the instance again)
    QString sshPublicKey; // one OpenSSH public key line (fal inline, Nebula registered)
    int gpuCount = 1;     // Novita
    QString image;        // Novita image URL, Nebula image id
    int diskGb = 0;       // Novita root disk; 0 = product minimum
    QString sector;       // fal, 8x only
    QString clusterId;    // Novita, optional
    QString ports;        // Novita "8888/http, 22/tcp"
    QList<QPair<QString, QString>> envs; // Novita
    QString idempotencyKey;              // fal: one per user action, reused on that action's retries
};
