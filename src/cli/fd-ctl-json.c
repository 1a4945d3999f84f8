/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ctl-json.h"

#include "fd-ctl.h"

#include "fd-store-parcels.h"

/*
 * The JSON that frontdeskctl prints with --json.  Its shape is documented in
 * README.md and is stable: fields are added, never renamed or removed.
 */

static void
add_time (JsonBuilder *builder,
          const char  *name,
          gint64       ms)
{
  g_autofree char *key = g_strconcat (name, "_ms", NULL);
  g_autofree char *at = g_strconcat (name, "_at", NULL);

  json_builder_set_member_name (builder, key);
  if (ms > 0)
    json_builder_add_int_value (builder, ms);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, at);
  if (ms > 0)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ms / 1000);
      g_autoptr(GDateTime) local = g_date_time_to_local (utc);
      g_autofree char *text = g_date_time_format_iso8601 (local);

      json_builder_add_string_value (builder, text);
    }
  else
    json_builder_add_null_value (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL && *value != '\0')
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

JsonNode *
fd_ctl_host_to_json (const FdHost *host)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, host->id);
  add_string (builder, "name", host->name);
  add_string (builder, "department", host->department);
  add_string (builder, "title", host->title);
  add_string (builder, "email", host->email);
  add_string (builder, "phone", host->phone);
  add_string (builder, "chat_ids", host->chat_ids);
  json_builder_set_member_name (builder, "active");
  json_builder_add_boolean_value (builder, host->active);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
fd_ctl_visit_to_json (const FdVisit *visit)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, visit->id);
  add_string (builder, "state", fd_visit_state_to_string (visit->state));
  add_string (builder, "name", visit->name);
  add_string (builder, "phone", visit->phone);
  add_string (builder, "company", visit->company);
  add_string (builder, "purpose", visit->purpose);
  json_builder_set_member_name (builder, "host");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, visit->host_id);
  add_string (builder, "name", visit->host_name);
  add_string (builder, "department", visit->host_department);
  json_builder_end_object (builder);
  add_time (builder, "visit", visit->visit_ms);
  add_time (builder, "arrived", visit->arrived_ms);
  add_time (builder, "left", visit->left_ms);
  add_string (builder, "badge_state", fd_badge_state_to_string (visit->badge_state));
  add_string (builder, "badge_detail", visit->badge_detail);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Prints @node (consumed) on one line of standard output. */
void
fd_ctl_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
  json_node_unref (node);
}

/* Prints @items as a JSON array, each made by @to_json; returns
 * FD_CTL_OK. */
int
fd_ctl_print_json_list (GPtrArray   *items,
                        FdCtlToJson  to_json)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < items->len; i++)
    json_array_add_element (array, to_json (g_ptr_array_index (items, i)));
  json_node_take_array (node, array);
  fd_ctl_print_json (node);
  return FD_CTL_OK;
}

JsonNode *
fd_ctl_parcel_to_json (const FdParcel *parcel)
{
  static const char * const states[] = { "waiting", "collected", "returned" };
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, parcel->id);
  add_string (builder, "state", states[parcel->state]);
  add_string (builder, "tracking", parcel->tracking);
  add_string (builder, "carrier", parcel->carrier);
  json_builder_set_member_name (builder, "recipient_id");
  json_builder_add_int_value (builder, parcel->recipient_id);
  add_string (builder, "recipient", parcel->recipient_name);
  add_string (builder, "department", parcel->recipient_department);
  add_string (builder, "site", parcel->site);
  add_time (builder, "received", parcel->received_ms);
  add_string (builder, "received_by", parcel->received_by);
  add_string (builder, "damage", parcel->damage);
  json_builder_set_member_name (builder, "photo");
  json_builder_add_boolean_value (builder, parcel->has_photo);
  add_time (builder, "reminded", parcel->reminded_ms);
  add_time (builder, "collected", parcel->collected_ms);
  add_string (builder, "collected_by", parcel->collected_by);
  add_string (builder, "handed_over_by", parcel->handed_over_by);
  add_time (builder, "returned", parcel->returned_ms);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
