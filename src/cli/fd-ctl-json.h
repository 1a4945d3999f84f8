/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "fd-model.h"

G_BEGIN_DECLS

JsonNode *fd_ctl_host_to_json   (const FdHost  *host);
JsonNode *fd_ctl_visit_to_json  (const FdVisit *visit);
void      fd_ctl_print_json     (JsonNode      *node);

G_END_DECLS
