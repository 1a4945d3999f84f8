/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store.h"
#include "fd-store-supplies.h"

/*
 * Demo data for `make run` and the screenshots: a company, and hosts that
 * include two people called 张伟 in different departments, the case the SOP
 * asks the front desk to tell apart (REC-2).
 */

static const struct {
  const char *name, *department, *title, *email, *phone;
} demo_hosts[] = {
  { "张伟", "销售部", "先生", "zhang.wei.sales@example.com", "13800000001" },
  { "张伟", "研发部", "先生", "zhang.wei.rd@example.com", "13800000002" },
  { "王芳", "市场部", "女士", "wang.fang@example.com", "13800000003" },
  { "李娜", "人力资源部", "女士", "li.na@example.com", "13800000004" },
  { "刘洋", "财务部", "先生", "liu.yang@example.com", "13800000005" },
  { "陈静", "行政部", "女士", "chen.jing@example.com", "13800000006" },
  { "Anna Schmidt", "International Sales", "Ms", "anna.schmidt@example.com", "+4915112345678" },
};

/**
 * fd_store_seed_demo:
 *
 * Adds the demo company and hosts when the database has no hosts yet;
 * does nothing otherwise.
 */
gboolean
fd_store_seed_demo (FdStore  *self,
                    GError  **error)
{
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  g_autofree char *topics = NULL;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  existing = fd_store_list_hosts (self, FALSE, error);
  if (existing == NULL)
    return FALSE;
  if (existing->len > 0)
    return TRUE;

  if (!fd_store_set_setting (self, "company_name", "星河科技", error) ||
      !fd_store_set_setting (self, "company_name_en", "Galaxy Technology", error))
    return FALSE;

  hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
  for (guint i = 0; i < G_N_ELEMENTS (demo_hosts); i++)
    {
      FdHost *host = fd_host_new ();

      host->name = g_strdup (demo_hosts[i].name);
      host->department = g_strdup (demo_hosts[i].department);
      host->title = g_strdup (demo_hosts[i].title);
      host->email = g_strdup (demo_hosts[i].email);
      host->phone = g_strdup (demo_hosts[i].phone);
      g_ptr_array_add (hosts, host);
    }
  if (!fd_store_upsert_hosts (self, hosts, NULL, NULL, error))
    return FALSE;

  /* REC-3: what visitors who are not sure come for, and who helps them. */
  topics = g_strdup_printf ("[{\"zh\": \"产品咨询\", \"en\": \"Our products\", \"host_id\": %" G_GINT64_FORMAT "},"
                            " {\"zh\": \"求职面试\", \"en\": \"Job interview\", \"host_id\": %" G_GINT64_FORMAT "},"
                            " {\"zh\": \"送货取件\", \"en\": \"Delivery or pick-up\", \"host_id\": %" G_GINT64_FORMAT "},"
                            " {\"zh\": \"发票与付款\", \"en\": \"Invoices and payments\", \"host_id\": %" G_GINT64_FORMAT "}]",
                            ((FdHost *) hosts->pdata[0])->id, ((FdHost *) hosts->pdata[3])->id,
                            ((FdHost *) hosts->pdata[5])->id, ((FdHost *) hosts->pdata[4])->id);
  if (!fd_store_set_setting (self, "kiosk_topics", topics, error))
    return FALSE;

  /* A demo staff account, to leave kiosk mode: user "demo", PIN 2468. */
  return fd_store_add_staff (self, NULL, "demo", "演示前台", FD_ROLE_ADMIN, "2468", error) != 0;
}

/**
 * fd_store_seed_demo_supplies:
 *
 * The demo stock sheet (SUP-2) of the station's site, when it has none:
 * office supplies a front desk keeps, the notebooks below their minimum.
 */
gboolean
fd_store_seed_demo_supplies (FdStore  *self,
                             GError  **error)
{
  static const struct {
    const char *name;
    const char *unit;
    gint64      quantity, minimum, restock_to;
  } supplies[] = {
    { "中性笔", "支", 24, 10, 50 },
    { "A4 打印纸", "包", 6, 5, 20 },
    { "笔记本", "本", 4, 10, 30 },
    { "订书钉", "盒", 8, 3, 10 },
    { "便利贴", "本", 12, 5, 20 },
  };
  g_autoptr(FdSession) system = fd_session_new_system ();
  g_autoptr(GPtrArray) sheet = fd_store_list_supplies (self, system, error);

  if (sheet == NULL)
    return FALSE;
  for (guint i = 0; sheet->len == 0 && i < G_N_ELEMENTS (supplies); i++)
    if (fd_store_add_supply (self, system, supplies[i].name, supplies[i].unit, supplies[i].quantity,
                             supplies[i].minimum, supplies[i].restock_to, error) == 0)
      return FALSE;
  return TRUE;
}
