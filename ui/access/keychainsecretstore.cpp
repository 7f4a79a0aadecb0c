#include "keychainsecretstore.h"

#include <memory>
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#include <QTimer>

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{}

KeychainSecretStore::Outcome KeychainSecretStore::run(QKeychain::Job *job) const
{
    // Shared with the job's finished handler: after a timeout the job may still finish later,
    // when this frame is gone, and must then write nowhere.
    auto outcome = std::make_shared<Outcome>();
    QEventLoop loop;
    job->setAutoDelete(true);
    // Never the plain-text fallback into a settings file: that is what the keychain replaces.
    job->setInsecureFallback(false);
    const QMetaObject::Connection done =
        QObject::connect(job, &QKeychain::Job::finished, job, [outcome, &loop](QKeychain::Job *j) {
            outcome->finished = true;
            outcome->error = j->error();
            outcome->errorText = j->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                outcome->value = read->textData();
            loop.quit();
        });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QObject::disconnect(done);
    return *outcome;
}

QString KeychainSecretStore::unavailable(const Outcome &outcome) const
{
    if (!outcome.finished)
        return tr("the system keychain did not answer");
    // QtKeychain's own text is English and often just "Unknown error": logged, not shown.
    qWarning("system keychain: error %d: %s", outcome.error, qPrintable(outcome.errorText));
    if (outcome.error == QKeychain::AccessDenied || outcome.error == QKeychain::AccessDeniedByUser)
        return tr("the system keychain refused access");
    return tr("no system keychain is available");
}

SecretStore::Secret KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const Outcome outcome = run(job);
    Secret secret;
    if (outcome.finished && outcome.error == QKeychain::NoError) {
        secret.status = outcome.value.isEmpty() ? Status::NotFound : Status::Found;
        secret.value = outcome.value;
    } else if (outcome.finished && outcome.error == QKeychain::EntryNotFound) {
        secret.status = Status::NotFound;
    } else {
        secret.status = Status::Unavailable;
        secret.error = unavailable(outcome);
    }
    return secret;
}

bool KeychainSecretStore::write(const QString &key, const QString &secret, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    const Outcome outcome = run(job);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return true;
    if (error)
        *error = unavailable(outcome);
    return false;
}

bool KeychainSecretStore::remove(const QString &key, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const Outcome outcome = run(job);
    // Nothing there to forget is as good as forgotten.
    if (outcome.finished && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return true;
    if (error)
        *error = unavailable(outcome);
    return false;
}
