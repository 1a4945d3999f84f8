/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-pinyin.h"

#include <string.h>

/*
 * The common Chinese family names by their pinyin, the most frequent
 * first.  A visitor types their own name at the kiosk, and a general input
 * method ranks words, not names: "wangxiaoming" gives 网小明 first.  The
 * keyboard therefore offers the family names of the first syllable joined
 * to the rest of the name before the input method's own words
 * (fd-pinyin.c).  "lv" stands for lü, as input methods type it.
 */

static const struct {
  const char         *syllable;
  const char * const  names[6];
} surnames[] = {
  { "an", { "安" } }, { "bai", { "白" } }, { "bao", { "包" } }, { "bi", { "毕" } },
  { "cai", { "蔡" } }, { "cao", { "曹" } }, { "chai", { "柴" } }, { "chang", { "常" } },
  { "chen", { "陈" } }, { "cheng", { "程", "成" } }, { "cui", { "崔" } }, { "deng", { "邓" } },
  { "ding", { "丁" } }, { "dong", { "董" } }, { "du", { "杜" } }, { "duan", { "段" } },
  { "fan", { "范", "樊" } }, { "fang", { "方" } }, { "fei", { "费" } }, { "feng", { "冯" } },
  { "fu", { "付", "傅", "符" } }, { "gan", { "甘" } }, { "gao", { "高" } }, { "ge", { "葛" } },
  { "geng", { "耿" } }, { "gong", { "龚" } }, { "gu", { "顾" } }, { "guan", { "关", "管" } },
  { "guo", { "郭" } }, { "han", { "韩" } }, { "hao", { "郝" } }, { "he", { "何", "贺" } },
  { "hou", { "侯" } }, { "hu", { "胡" } }, { "hua", { "华" } }, { "huang", { "黄" } },
  { "huo", { "霍" } }, { "ji", { "纪", "季" } }, { "jia", { "贾" } }, { "jiang", { "蒋", "姜", "江" } },
  { "jiao", { "焦" } }, { "jin", { "金" } }, { "kang", { "康" } }, { "ke", { "柯" } },
  { "kong", { "孔" } }, { "lan", { "兰", "蓝" } }, { "lei", { "雷" } }, { "li", { "李", "黎" } },
  { "liang", { "梁" } }, { "liao", { "廖" } }, { "lin", { "林" } }, { "ling", { "凌" } },
  { "liu", { "刘", "柳" } }, { "long", { "龙" } }, { "lu", { "卢", "陆", "鲁", "路" } },
  { "luo", { "罗", "骆" } }, { "lv", { "吕" } }, { "ma", { "马" } }, { "mao", { "毛" } },
  { "mei", { "梅" } }, { "meng", { "孟" } }, { "mi", { "米" } }, { "miao", { "苗" } },
  { "mo", { "莫" } }, { "ni", { "倪" } }, { "nie", { "聂" } }, { "ning", { "宁" } },
  { "niu", { "牛" } }, { "ou", { "欧" } }, { "pan", { "潘" } }, { "pang", { "庞" } },
  { "pei", { "裴" } }, { "peng", { "彭" } }, { "qi", { "齐" } }, { "qian", { "钱" } },
  { "qiao", { "乔" } }, { "qin", { "秦" } }, { "qiu", { "邱" } }, { "qu", { "曲", "屈", "瞿" } },
  { "ran", { "冉" } }, { "ren", { "任" } }, { "ruan", { "阮" } }, { "shang", { "尚" } },
  { "shao", { "邵" } }, { "shen", { "沈", "申" } }, { "sheng", { "盛" } }, { "shi", { "石", "史", "施" } },
  { "shu", { "舒" } }, { "song", { "宋" } }, { "su", { "苏" } }, { "sun", { "孙" } },
  { "tan", { "谭" } }, { "tang", { "唐", "汤" } }, { "tao", { "陶" } }, { "tian", { "田" } },
  { "tong", { "童" } }, { "tu", { "涂" } }, { "wan", { "万" } }, { "wang", { "王", "汪" } },
  { "wei", { "魏", "韦", "卫" } }, { "wen", { "温", "文" } }, { "weng", { "翁" } },
  { "wu", { "吴", "武", "伍" } }, { "xia", { "夏" } }, { "xiang", { "向" } }, { "xiao", { "肖", "萧" } },
  { "xie", { "谢" } }, { "xin", { "辛" } }, { "xing", { "邢" } }, { "xiong", { "熊" } },
  { "xu", { "徐", "许" } }, { "xue", { "薛" } }, { "yan", { "闫", "严", "颜" } }, { "yang", { "杨" } },
  { "yao", { "姚" } }, { "ye", { "叶" } }, { "yi", { "易" } }, { "yin", { "尹", "殷" } },
  { "you", { "游" } }, { "yu", { "于", "余", "俞" } }, { "yuan", { "袁" } }, { "yue", { "岳" } },
  { "zeng", { "曾" } }, { "zhai", { "翟" } }, { "zhan", { "詹" } }, { "zhang", { "张", "章" } },
  { "zhao", { "赵" } }, { "zheng", { "郑" } }, { "zhong", { "钟" } }, { "zhou", { "周" } },
  { "zhu", { "朱", "祝" } }, { "zhuang", { "庄" } }, { "zou", { "邹" } }, { "zuo", { "左" } },
};

/**
 * fd_pinyin_surnames:
 * @syllable: one pinyin syllable, lower case
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the
 *   family names read @syllable, the most frequent first; %NULL when
 *   none is.
 */
const char * const *
fd_pinyin_surnames (const char *syllable)
{
  for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
    if (strcmp (surnames[i].syllable, syllable) == 0)
      return surnames[i].names;
  return NULL;
}
