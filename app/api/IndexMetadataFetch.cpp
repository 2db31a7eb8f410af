#include "app/api/IndexMetadataFetch.h"

IndexMetadataFetch::IndexMetadataFetch(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

ApiRequest IndexMetadataFetch::requestFor(Part part)
{
    switch (part) {
    case Part::Indices:
        return SecurityApi::catIndices(QStringLiteral("all"), {QStringLiteral("index"), QStringLiteral("status")});
    case Part::NotHiddenIndices:
        return SecurityApi::catIndices(QStringLiteral("open,closed"), {QStringLiteral("index")});
    case Part::Aliases:
        return SecurityApi::catAliases(QStringLiteral("all"), {QStringLiteral("alias"), QStringLiteral("index")});
    case Part::DataStreams:
        return SecurityApi::dataStreams();
    }
    Q_UNREACHABLE();
}

QString IndexMetadataFetch::endpointOf(Part part)
{
    switch (part) {
    case Part::Indices:
    case Part::NotHiddenIndices:
        return QStringLiteral("_cat/indices");
    case Part::Aliases:
        return QStringLiteral("_cat/aliases");
    case Part::DataStreams:
        return QStringLiteral("_data_stream");
    }
    Q_UNREACHABLE();
}

void IndexMetadataFetch::start()
{
    for (Part part : AllParts) {
        ApiCall *call = m_client->send(requestFor(part));
        m_calls.insert(part, call);
        connect(call, &ApiCall::finished, this,
                [this, part](const ApiResult &result) { onPartFinished(part, result); });
    }
}

void IndexMetadataFetch::cancel()
{
    if (m_finished)
        return;
    fail(ApiError::cancelled(QStringLiteral("GET"), requestFor(Part::Indices).path));
}

QString IndexMetadataFetch::unavailableReason(const QString &endpoint, const ApiError &error)
{
    if (error.kind != ApiError::Kind::Http)
        return {};
    if (error.httpStatus == 403)
        return tr("no permission for %1 (403)").arg(endpoint);
    if (error.isNoHandler())
        return tr("%1 is not available on this cluster (400)").arg(endpoint);
    if (error.httpStatus == 501)
        return tr("%1 is not implemented on this cluster (501)").arg(endpoint);
    // A cluster without data streams may answer 404 for all of them; for the _cat tables a 404 means something
    // else is wrong (a proxy's path, say), so it stays fatal.
    if (error.httpStatus == 404 && endpoint == u"_data_stream")
        return tr("%1 found none (404)").arg(endpoint);
    return {};
}

void IndexMetadataFetch::onPartFinished(Part part, const ApiResult &result)
{
    if (m_finished || !m_calls.contains(part))
        return;
    m_calls.remove(part);
    if (!result) {
        const QString reason = unavailableReason(endpointOf(part), result.error());
        if (reason.isEmpty())
            return fail(result.error());
        m_unavailable.insert(part, reason);
    } else {
        // A body that is not what the endpoint returns fails the fetch: guessing would hand access evaluation
        // indices that do not exist, or hide some that do.
        const ApiRequest request = requestFor(part);
        auto invalid = [&](const Error &error) {
            fail(ApiError::invalidResponse(request.methodText(), request.path, error.message, {}));
        };
        const QJsonValue &body = result->json;
        switch (part) {
        case Part::Indices:
        case Part::NotHiddenIndices: {
            const auto rows = ResponseParsers::catIndices(body);
            if (!rows)
                return invalid(rows.error());
            if (part == Part::Indices) {
                m_indices = *rows;
            } else {
                for (const CatIndexRow &row : *rows)
                    m_notHidden.append(row.index);
            }
            break;
        }
        case Part::Aliases: {
            const auto rows = ResponseParsers::catAliases(body);
            if (!rows)
                return invalid(rows.error());
            m_aliases = *rows;
            break;
        }
        case Part::DataStreams: {
            const auto streams = ResponseParsers::dataStreams(body);
            if (!streams)
                return invalid(streams.error());
            m_dataStreams = *streams;
            break;
        }
        }
    }
    if (m_calls.isEmpty())
        assemble();
}

void IndexMetadataFetch::assemble()
{
    FetchedIndexMetadata fetched;
    fetched.fetchedAt = QDateTime::currentDateTimeUtc();
    // The parts in a fixed order, so that the same refusals always give the same reason.
    for (Part part : AllParts) {
        if (!m_unavailable.contains(part))
            continue;
        if (part == Part::DataStreams) {
            fetched.notes.append(tr("data streams unknown: %1").arg(m_unavailable.value(part)));
        } else {
            fetched.unavailable = tr("index metadata unavailable: %1").arg(m_unavailable.value(part));
            return finish(fetched);
        }
    }
    fetched.metadata = ResponseParsers::indexMetadata(m_indices, m_notHidden, m_aliases, m_dataStreams);
    finish(fetched);
}

void IndexMetadataFetch::fail(const ApiError &error)
{
    // The calls are forgotten before they are cancelled, so their cancellations are not taken for answers.
    const auto calls = m_calls;
    m_calls.clear();
    for (ApiCall *call : calls)
        call->cancel();
    finish(error);
}

void IndexMetadataFetch::finish(const IndexMetadataResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}
