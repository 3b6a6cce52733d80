#pragma once

#include "format.h"

namespace refmend {

/*! \brief Reads MODS XML (the Library of Congress format bibutils converts through): a
    <modsCollection> of <mods> records or a single <mods>, with or without a namespace prefix.
    Titles, names and roles, genre, originInfo, the host and series relatedItems, part
    details and page extents, identifiers, URLs, abstract, notes, subjects and languages map
    onto RefMend's keys; every other element is kept as FieldKey::Other under its path, with
    the type attribute in brackets ("identifier[lccn]", "relatedItem[host]/part/extent[page]/total").
    Other attributes (authority, valueURI, ...) are not kept. Read only: there is no MODS writer. */
class ModsReader : public Reader
{
public:
    void read(const QString &text, Collection &out) const override;
};

//! Confidence 0..100 that \a head is MODS: a <mods> or <modsCollection> root, surer with the
//! MODS namespace.
int sniffMods(QStringView head);

} // namespace refmend
