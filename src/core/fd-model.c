/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-model.h"

#include <string.h>

FdHost *
fd_host_new (void)
{
  FdHost *host = g_new0 (FdHost, 1);

  host->active = TRUE;
  return host;
}

void
fd_host_free (FdHost *host)
{
  if (host == NULL)
    return;
  g_free (host->name);
  g_free (host->department);
  g_free (host->title);
  g_free (host->email);
  g_free (host->phone);
  g_free (host->chat_ids);
  g_free (host->channels);
  g_free (host->lang);
  g_free (host->site);
  g_free (host);
}

/**
 * fd_host_copy:
 *
 * Returns: (transfer full): a deep copy of @host.
 */
FdHost *
fd_host_copy (const FdHost *host)
{
  FdHost *copy = fd_host_new ();

  copy->id = host->id;
  copy->name = g_strdup (host->name);
  copy->department = g_strdup (host->department);
  copy->title = g_strdup (host->title);
  copy->email = g_strdup (host->email);
  copy->phone = g_strdup (host->phone);
  copy->chat_ids = g_strdup (host->chat_ids);
  copy->channels = g_strdup (host->channels);
  copy->lang = g_strdup (host->lang);
  copy->active = host->active;
  copy->site = g_strdup (host->site);
  return copy;
}

static gboolean
title_is (const char         *title,
          const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (g_ascii_strcasecmp (title, words[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * fd_host_honorific_name:
 * @name: a person's name
 * @title: (nullable): the stored title or gender
 * @lang: the language of the sentence the name goes into
 *
 * Returns: (transfer full): the name as the SOP says it: 「张伟先生」 or
 *   "Mr 张伟"; a job title follows the name in Chinese (「王芳经理」); the
 *   plain name when no title is stored.
 */
char *
fd_host_honorific_name (const char *name,
                        const char *title,
                        FdLang      lang)
{
  static const char * const male[] = { "先生", "男", "m", "male", "mr", "mr.", NULL };
  static const char * const female[] = { "女士", "女", "f", "female", "ms", "ms.", "mrs", "mrs.", "miss", NULL };

  g_return_val_if_fail (name != NULL, NULL);

  if (title == NULL || *title == '\0')
    return g_strdup (name);
  if (title_is (title, male))
    return lang == FD_LANG_ZH ? g_strconcat (name, "先生", NULL) : g_strconcat ("Mr ", name, NULL);
  if (title_is (title, female))
    return lang == FD_LANG_ZH ? g_strconcat (name, "女士", NULL) : g_strconcat ("Ms ", name, NULL);
  return lang == FD_LANG_ZH ? g_strconcat (name, title, NULL) : g_strdup (name);
}

FdRegistration *
fd_registration_new (void)
{
  return g_new0 (FdRegistration, 1);
}

FdRegistration *
fd_registration_copy (const FdRegistration *reg)
{
  FdRegistration *copy = g_new0 (FdRegistration, 1);

  copy->name = g_strdup (reg->name);
  copy->phone = g_strdup (reg->phone);
  copy->company = g_strdup (reg->company);
  copy->purpose = g_strdup (reg->purpose);
  copy->items = g_strdup (reg->items);
  copy->id_doc_type = g_strdup (reg->id_doc_type);
  copy->id_number = g_strdup (reg->id_number);
  copy->host_id = reg->host_id;
  copy->visit_ms = reg->visit_ms;
  return copy;
}

/* Wipes what a visitor typed: the kiosk calls this on reset so that no copy
 * of one visitor's data stays in memory for the next one. */
void
fd_registration_clear (FdRegistration *reg)
{
  char **fields[] = { &reg->name, &reg->phone, &reg->company, &reg->purpose, &reg->items,
                      &reg->id_doc_type, &reg->id_number };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (*fields[i] != NULL)
        memset (*fields[i], 0, strlen (*fields[i]));
      g_clear_pointer (fields[i], g_free);
    }
  reg->host_id = 0;
  reg->visit_ms = 0;
}

void
fd_registration_free (FdRegistration *reg)
{
  if (reg == NULL)
    return;
  fd_registration_clear (reg);
  g_free (reg);
}

static void
replace (char **field,
         char  *value)
{
  g_free (*field);
  *field = value;
}

/**
 * fd_registration_normalize:
 * @reg: a registration as typed
 * @field: (out) (optional): the first field that is wrong
 * @problem: (out) (optional): what is wrong with it
 *
 * Checks the REG-2 required fields (name, phone, host, purpose, visit time)
 * and the optional company, in the order the form shows them, and stores the
 * normalised values back into @reg.
 *
 * Returns: %TRUE when @reg can be saved.
 */
gboolean
fd_registration_normalize (FdRegistration *reg,
                           FdField        *field,
                           FdInvalid      *problem)
{
  FdField bad = FD_FIELD_NAME;
  FdInvalid why = FD_INVALID_NONE;
  char *value = NULL;

  g_return_val_if_fail (reg != NULL, FALSE);

  why = fd_text_normalize (reg->name, FD_MAX_NAME, &value);
  if (why != FD_INVALID_NONE)
    goto out;
  replace (&reg->name, value);

  bad = FD_FIELD_PHONE;
  why = fd_validate_phone (reg->phone, &value);
  if (why != FD_INVALID_NONE)
    goto out;
  replace (&reg->phone, value);

  bad = FD_FIELD_HOST;
  if (reg->host_id <= 0)
    {
      why = FD_INVALID_MISSING;
      goto out;
    }

  bad = FD_FIELD_PURPOSE;
  why = fd_text_normalize (reg->purpose, FD_MAX_PURPOSE, &value);
  if (why != FD_INVALID_NONE)
    goto out;
  replace (&reg->purpose, value);

  bad = FD_FIELD_VISIT_TIME;
  if (reg->visit_ms <= 0)
    {
      why = FD_INVALID_MISSING;
      goto out;
    }

  bad = FD_FIELD_COMPANY;
  why = fd_text_normalize (reg->company, FD_MAX_COMPANY, &value);
  if (why == FD_INVALID_MISSING)
    why = FD_INVALID_NONE;  /* optional (REG-2) */
  if (why != FD_INVALID_NONE)
    goto out;
  replace (&reg->company, value);

  bad = FD_FIELD_ITEMS;
  why = fd_text_normalize (reg->items, FD_MAX_COMPANY, &value);
  if (why == FD_INVALID_MISSING)
    why = FD_INVALID_NONE;  /* optional (REG-4) */
  if (why != FD_INVALID_NONE)
    goto out;
  replace (&reg->items, value);

  /* The ID number is optional; a resident ID is checked as GB 11643, other
   * documents only for length and characters. */
  bad = FD_FIELD_ID_NUMBER;
  if (reg->id_number != NULL && fd_text_normalize (reg->id_number, 0, NULL) != FD_INVALID_MISSING)
    {
      if (g_strcmp0 (reg->id_doc_type, "passport") == 0 || g_strcmp0 (reg->id_doc_type, "other") == 0)
        why = fd_text_normalize (reg->id_number, 40, &value);
      else
        why = fd_validate_id_number (reg->id_number, &value);
      if (why != FD_INVALID_NONE)
        goto out;
      replace (&reg->id_number, value);
      if (reg->id_doc_type == NULL)
        reg->id_doc_type = g_strdup ("resident-id");
    }
  else
    g_clear_pointer (&reg->id_number, g_free);

out:
  if (field != NULL)
    *field = bad;
  if (problem != NULL)
    *problem = why;
  return why == FD_INVALID_NONE;
}

/**
 * fd_format_local_time:
 * @ms: a time in Unix ms (UTC)
 * @format: a g_date_time_format() format, e.g. "%Y-%m-%d %H:%M"
 *
 * Returns: (transfer full): @ms as local time in @format.
 */
char *
fd_format_local_time (gint64      ms,
                      const char *format)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ms / 1000);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);

  return g_date_time_format (local, format);
}

void
fd_visit_free (FdVisit *visit)
{
  if (visit == NULL)
    return;
  g_free (visit->name);
  g_free (visit->phone);
  g_free (visit->company);
  g_free (visit->purpose);
  g_free (visit->host_name);
  g_free (visit->host_department);
  g_free (visit->host_title);
  g_free (visit->host_phone);
  g_free (visit->badge_token);
  g_free (visit->badge_detail);
  g_free (visit->items);
  g_free (visit->id_masked);
  g_free (visit->drink);
  g_free (visit->site);
  g_free (visit);
}

/**
 * fd_visit_copy:
 *
 * Returns: (transfer full): a deep copy of @visit.
 */
FdVisit *
fd_visit_copy (const FdVisit *visit)
{
  FdVisit *copy = g_memdup2 (visit, sizeof *visit);

  copy->name = g_strdup (visit->name);
  copy->phone = g_strdup (visit->phone);
  copy->company = g_strdup (visit->company);
  copy->purpose = g_strdup (visit->purpose);
  copy->host_name = g_strdup (visit->host_name);
  copy->host_department = g_strdup (visit->host_department);
  copy->host_title = g_strdup (visit->host_title);
  copy->host_phone = g_strdup (visit->host_phone);
  copy->badge_token = g_strdup (visit->badge_token);
  copy->badge_detail = g_strdup (visit->badge_detail);
  copy->items = g_strdup (visit->items);
  copy->id_masked = g_strdup (visit->id_masked);
  copy->drink = g_strdup (visit->drink);
  copy->site = g_strdup (visit->site);
  return copy;
}

/**
 * fd_visit_host_not_reached:
 * @wait_minutes: how long a visitor may wait before reception steps in
 *
 * Returns: %TRUE when the visitor is on site, the host has not met them,
 *   and they have waited longer than @wait_minutes (FAQ-1).
 */
gboolean
fd_visit_host_not_reached (const FdVisit *visit,
                           gint64         now_ms,
                           gint64         wait_minutes)
{
  return visit->state == FD_VISIT_ON_SITE && visit->host_met_ms == 0 && visit->arrived_ms > 0 &&
         now_ms - visit->arrived_ms > wait_minutes * 60 * 1000;
}

static const char * const state_names[] = {
  [FD_VISIT_EXPECTED] = "expected",
  [FD_VISIT_ON_SITE] = "on_site",
  [FD_VISIT_LEFT] = "left",
  [FD_VISIT_REFUSED] = "refused",
};

const char *
fd_visit_state_to_string (FdVisitState state)
{
  g_return_val_if_fail (state <= FD_VISIT_REFUSED, NULL);
  return state_names[state];
}

gboolean
fd_visit_state_from_string (const char   *text,
                            FdVisitState *state)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    {
      if (g_strcmp0 (text, state_names[i]) == 0)
        {
          *state = (FdVisitState) i;
          return TRUE;
        }
    }
  return FALSE;
}

static const char * const badge_states[] = {
  [FD_BADGE_PENDING] = "pending",
  [FD_BADGE_PRINTED] = "printed",
  [FD_BADGE_SAVED] = "saved",
  [FD_BADGE_FAILED] = "failed",
  [FD_BADGE_HELD] = "held",
};

const char *
fd_badge_state_to_string (FdBadgeState state)
{
  g_return_val_if_fail (state <= FD_BADGE_HELD, NULL);
  return badge_states[state];
}

FdBadgeState
fd_badge_state_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (badge_states); i++)
    if (g_strcmp0 (text, badge_states[i]) == 0)
      return (FdBadgeState) i;
  return FD_BADGE_PENDING;
}

FdInvitation *
fd_invitation_copy (const FdInvitation *invitation)
{
  FdInvitation *copy = g_memdup2 (invitation, sizeof *invitation);

  copy->code = g_strdup (invitation->code);
  copy->name = g_strdup (invitation->name);
  copy->phone = g_strdup (invitation->phone);
  copy->company = g_strdup (invitation->company);
  copy->purpose = g_strdup (invitation->purpose);
  copy->host_name = g_strdup (invitation->host_name);
  copy->host_department = g_strdup (invitation->host_department);
  copy->host_title = g_strdup (invitation->host_title);
  copy->day = g_strdup (invitation->day);
  return copy;
}

void
fd_invitation_free (FdInvitation *invitation)
{
  if (invitation == NULL)
    return;
  g_free (invitation->code);
  g_free (invitation->name);
  g_free (invitation->phone);
  g_free (invitation->company);
  g_free (invitation->purpose);
  g_free (invitation->host_name);
  g_free (invitation->host_department);
  g_free (invitation->host_title);
  g_free (invitation->day);
  g_free (invitation);
}

void
fd_alert_free (FdAlert *alert)
{
  if (alert == NULL)
    return;
  g_free (alert->kind);
  g_free (alert->visitor);
  g_free (alert->detail);
  g_free (alert);
}
