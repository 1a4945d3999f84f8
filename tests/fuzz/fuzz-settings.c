/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-fuzz.h"
#include "fd-settings.h"

/* A site setting as an administrator (or a damaged file) writes it: the
 * first line is the key, the rest the value.  A value the check lets
 * through is one every reader can use; topics always have their texts. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fd_fuzz_string (data, size);
  char *value = strchr (text, '\n');
  g_autoptr(GPtrArray) topics = NULL;

  if (value == NULL)
    return 0;
  *value++ = '\0';
  (void) fd_setting_is_secret (text);
  if (fd_setting_check (text, value, NULL) && g_str_equal (text, "kiosk_topics") && *value != '\0')
    {
      topics = fd_topics_parse (value, NULL);
      g_assert (topics != NULL);
    }
  g_clear_pointer (&topics, g_ptr_array_unref);
  topics = fd_topics_parse (value, NULL);
  for (guint i = 0; topics != NULL && i < topics->len; i++)
    {
      FdTopic *topic = topics->pdata[i];

      g_assert (topic->zh != NULL && *topic->zh != '\0' && topic->en != NULL && topic->host_id > 0);
    }
  if (g_str_equal (text, "retention_days") || g_str_equal (text, "overstay_hours"))
    (void) fd_setting_int (value, text);
  return 0;
}
