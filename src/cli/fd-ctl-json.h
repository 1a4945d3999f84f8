/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "fd-model.h"
#include "fd-store-parcels.h"

G_BEGIN_DECLS

JsonNode *fd_ctl_host_to_json   (const FdHost  *host);
JsonNode *fd_ctl_visit_to_json  (const FdVisit *visit);
JsonNode *fd_ctl_parcel_to_json (const FdParcel *parcel);
void      fd_ctl_print_json     (JsonNode      *node);

typedef JsonNode *(*FdCtlToJson) (gconstpointer item);

int       fd_ctl_print_json_list (GPtrArray    *items,
                                  FdCtlToJson   to_json);

G_END_DECLS
