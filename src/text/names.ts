import { HAN_CLASS } from "./chars.js";
import { cut } from "./segmenter.js";

/**
 * Splitting person names that a byline runs together ("张大伟曹伟" → 张大伟, 曹伟).
 * No maintained package lists Chinese surnames, so the common single-character surnames
 * (the Ministry of Public Security's top 300, covering over 95% of the population) and the
 * compound ones are kept here as data.
 */
const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由" +
  // Variant forms the list leaves out but bylines print.
  "萧阎禤";
const COMPOUND = [
  "欧阳",
  "司马",
  "上官",
  "诸葛",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "长孙",
  "宇文",
  "司徒",
  "夏侯",
  "轩辕",
  "令狐",
  "端木",
  "西门",
  "南宫",
  "独孤",
  "呼延",
];
const SURNAMES = new Set(SINGLE);

const surnameAt = (s: string, i: number): number => (COMPOUND.includes(s.slice(i, i + 2)) ? 2 : SURNAMES.has(s[i]!) ? 1 : 0);

/** Whether a run of Han starts with a common surname, single or compound. */
export const startsWithSurname = (s: string): boolean => surnameAt(s, 0) > 0;

/**
 * Splits a run of Han characters into names of 2–4 characters that each start with a surname.
 * Returns null when no such split exists, so the caller keeps the run as one name.
 */
export function splitNames(run: string): string[] | null {
  const n = run.length;
  if (n <= 3) return [run];
  // best[i]: a split of run.slice(i) into names; prefer three-character given names, then fewer names.
  const best: (string[] | null)[] = Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    const sur = surnameAt(run, i);
    if (!sur) continue;
    let choice: string[] | null = null;
    for (const len of [3, 2, 4]) {
      if (len <= sur || i + len > n || !best[i + len]) continue;
      const cand = [run.slice(i, i + len), ...best[i + len]!];
      if (!choice || cand.length < choice.length) choice = cand;
    }
    best[i] = choice;
  }
  return best[0] ?? null;
}

/** What a name is not made of: anything but Han and the middle dot of transcribed names. */
const NOT_NAME = new RegExp(`[^${HAN_CLASS}·]`, "g");

/**
 * Role words a byline runs into the names ("记者张明实习记者李华"): they separate names and are no
 * part of one. Only words of two characters or more, which no given name holds.
 */
const ROLE_IN_RUN =
  /(?:(?:本报|本刊|本台|本网)?(?:全媒体|融媒体|特约|首席|见习|实习|驻站)?记者|(?:职工|特约)?通讯员|实习生|摄影|摄像|撰文|撰稿|执笔|作者)/g;

/**
 * Tokens of a byline: a two-character name spaced out to line up with three-character ones
 * ("方  敏") is one name, so runs of two or three single characters are joined.
 */
function tokens(fragment: string): string[] {
  const raw = fragment
    .replace(ROLE_IN_RUN, " ")
    // "&" and "/" part names as 、 does: "甲、乙&丙", "甲/乙".
    .split(/[\s、,，;；&＆/／]+/)
    .map((s) => s.replace(NOT_NAME, ""))
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length;) {
    if (raw[i]!.length > 1) {
      out.push(raw[i++]!);
      continue;
    }
    let j = i;
    while (j < raw.length && raw[j]!.length === 1) j++;
    if (j - i >= 2 && j - i <= 3) out.push(raw.slice(i, j).join(""));
    else out.push(...raw.slice(i, j));
    i = j;
  }
  return out;
}

/** Names from a byline fragment: spaces, 、 and commas separate; run-together names are split. */
export function namesFrom(fragment: string): string[] {
  return tokens(fragment)
    .filter((s) => s.length >= 2 && !BYLINE_WORDS.has(s))
    .flatMap((s) => (s.length <= 3 ? [s] : (splitNames(s) ?? [s])));
}

/** Words a byline holds beside the names: what the people did ("（记者王伟 整合）"). */
const BYLINE_WORDS = new Set([
  "整合",
  "整理",
  "编译",
  "综合",
  "报道",
  "采写",
  "撰写",
  "执笔",
  "供稿",
  "供图",
  "摄影",
  "摄像",
  "发自",
  "来源",
  "文图",
]);

/** What names an organisation, a desk or a place rather than a person. */
const ORGANISATION =
  /(网|报|社|台|新闻|消息|文摘|画报|中心|媒体|客户端|公司|集团|政府|委员会|支部|党委|之家|评论员|编辑部|办公室|本站|本网|原创)$/;
/** A three-character name whose given name ends as a station or an agency does ("何念台", "王建社"): a surname, no outlet's word in the middle. */
export const givenLikeOutlet = (name: string): boolean =>
  name.length === 3 && /[台社]$/.test(name) && startsWithSurname(name) && !/[视播电方讯版志行作]/.test(name[1]!);
/** What a signature may say the writer is, in place of a name: "（媒体人）", "（特约评论员）". */
const CALLING = /(媒体人|评论员|撰稿人|作家|学者|教授|研究员|记者|编辑|通讯员|观察员|主持人|律师|专家)$/;
/** A page's labels and notices ("版权声明", "来源", "时间"), and words opening on a pronoun ("我已授权"): what a byline slot may hold in place of a name. */
const NOTICE_WORD = /声明|版权|授权|来源|时间|日期|转载|出处|^[我你您他她它本该此这已请]/;
/** Endings of offices that a four-character given name never has. */
const OFFICE = /^.{3,}(部|局|厅|办|处|署|院|所|站|科|号|刊)$/;

/** Whether a name from a byline is a person's: 2–4 characters (a transcribed name may run longer with ·), not a desk or an office. */
export const isPersonName = (name: string): boolean =>
  (name.includes("·") ? name.length <= 12 : name.length >= 2 && name.length <= 4) &&
  // Figures alone (a time's, a count's) name nobody.
  !/^[\d\s.:：/-]+$/.test(name) &&
  !BYLINE_WORDS.has(name) &&
  (!ORGANISATION.test(name) || givenLikeOutlet(name)) &&
  !CALLING.test(name) &&
  !NOTICE_WORD.test(name) &&
  !OFFICE.test(name);

/** A job title a credit may put before its name: "…研究员赵刚" ends with the person. */
const JOB_TITLE =
  /(?:研究员|研究生|副?部长|副?院长|副?所长|副?主任|教授|讲师|专家|学者|记者|主席|书记|副?局长|副?处长|社长|总编辑|总编|经理|董事长|会长|秘书长|委员|代表|博士|律师|医生|医师|作家|评论员|分析师|工程师|学生|校长|老师|教师|馆长|理事)([\p{Script=Han}]{2,3})$/u;

/** The person a credit names after a job title ("中心研究部部长、研究员赵刚" → 赵刚), or null. */
export function nameAfterTitle(credit: string): string | null {
  const m = credit.replace(/[\s)）\]】]+$/, "").match(JOB_TITLE);
  return m && isPersonName(m[1]!) ? m[1]! : null;
}

/** What a writer is, run on after the name in a credit: "…北京大学经济学院教授", "…某某研究院研究员". */
const AFFILIATION = /大学|学院|党校|研究院|研究所|研究中心|科学院|社科院|学会|协会|(?:教授|研究员|讲师|博士|学者|院长|所长|主任)$/;

/**
 * The name a credit runs into the writer's post ("方敏北京大学经济学院教授"), or null: the segmenter's
 * first words up to three characters, a person's name, before a post.
 */
export function nameBeforeAffiliation(run: string): string | null {
  let name = "";
  for (const w of cut(run)) {
    if (name.length >= 2 && name.length + w.length > 3) break;
    name += w;
  }
  const post = run.slice(name.length).replace(/^系/, "");
  return post.length >= 2 && AFFILIATION.test(post) && isPersonName(name) && startsWithSurname(name) ? name : null;
}

/** A pen name in Latin letters ("Koko", "Tina Li"), no agency's capitals: a name only after the label of the writing ("文｜"). */
export const LATIN_PEN_NAME = /^(?=.*[a-z])[A-Z][A-Za-z'.-]{1,19}(?: [A-Z][A-Za-z'.-]{1,19}){0,2}$/;

/**
 * A byline's role, a reporter's or a spokesperson's after the outlet's or office's name ("某某新闻记者 ",
 * "某某办公室新闻发言人 ", "某报·某网记者 ") or a writer's label opening the line ("执笔/", "作者："), then a break before
 * the names; a compiler's "整合 " may stand first. A role run into a word ("记者手记") is none.
 */
const BYLINE_ROLE =
  /^(?:(?:整合|编译|综合|整理)\s+)?(?:[\p{Script=Han}·]{0,16}?(?:(?:全媒体|融媒体|特约|首席|见习|实习|驻站)?记者|通讯员|发言人)|实习生?|作者|撰文|撰稿|执笔|采写|文\/图|图文|文)\s*(?:[:：/／|｜丨]\s*|\s+)|^实习生?(?=[\p{Script=Han}]{2,4}(?:\s|$))/u;

/**
 * Where the writer filed from closes a Taiwan paper's byline, the role run into the name or left
 * out: "记者某某／台北报导", "某某／台北报导".
 */
const FILED = /^(.*?记者)?\s*(\p{Script=Han}{2,4})\s*[／/]\s*(\p{Script=Han}{1,6}?)(?:报导|报道)$/u;

/** A byline's line without the brackets round it: "（记者某某）", "〔记者某某／台北报导〕". */
const unbracketed = (line: string): string => line.trim().replace(/^[（(【\[〔]\s*|\s*[)）】\]〕]$/g, "");

/** How a desk files a story, where a place would stand: "即时报导", "综合报道". */
const FILED_HOW = /^(?:即时|综合|连线|特稿|独家|专题|现场|深度|整理)$/;

/** A filed byline's writers and the place it was filed from ("台北" of "记者某某／台北报导"; none of "即时报导"), or null. */
export function filedByline(line: string): { names: string[]; place: string | null } | null {
  const filed = unbracketed(line).match(FILED);
  const names = filed ? bylineNames(line) : null;
  return filed && names ? { names, place: FILED_HOW.test(filed[3]!) ? null : filed[3]! } : null;
}

/** The place a filed byline names, or null. */
export const filedFrom = (line: string): string | null => filedByline(line)?.place ?? null;

/**
 * The writers a line names when it is a byline and nothing else ("某某新闻记者 王小明 李华",
 * "执笔/甲、乙&丙", "某某工程新闻发言人 王平", "记者某某／台北报导"), or null: a line that is no
 * headline's deck, whatever its markup.
 */
export function bylineNames(line: string): string[] | null {
  const bare = unbracketed(line.trim().replace(/^[□■◇◆●○]\s*/, ""));
  const filed = /报[导道]$/.test(bare) ? bare.match(FILED) : null;
  if (filed && !filed[1]) return isPersonName(filed[2]!) && startsWithSurname(filed[2]!) ? [filed[2]!] : null;
  const t = filed ? `${filed[1]} ${filed[2]}` : bare;
  if (t.length > 40 || /[。！？!?；;，,]/.test(t)) return null;
  const role = t.match(BYLINE_ROLE);
  if (!role) return null;
  // After a label ("采写：", "文丨"), the outlet and the writer's role may come before the names:
  // "某都记者王伟", "某某特约评论员 李华".
  const after = t.slice(role[0].length);
  const rest = /记者|通讯员/.test(role[0])
    ? after
    : after.replace(/^(?:(?!记者|评论员)[\p{Script=Han}]){1,8}?(?:全媒体|融媒体|特约|首席|见习|实习|驻站)?(?:记者|评论员)\s*/u, "");
  if (/[:：/／|｜丨]\s*$/.test(role[0]) && LATIN_PEN_NAME.test(rest)) return [rest];
  if (!rest || /[^\p{Script=Han}·\s、&＆/／]/u.test(rest)) return null;
  const names = namesFrom(rest);
  // A role run into the first name ("实习某某") counts only when a surname opens it.
  const glued = !/\s$/.test(role[0]) && !/[:：/／|｜丨]\s*$/.test(role[0]);
  return names.length && names.length <= 6 && names.every(isPersonName) && (!glued || startsWithSurname(names[0]!)) ? names : null;
}
