import { HAN_CLASS } from "./chars.js";

/**
 * Splitting person names that a byline runs together ("张大伟曹伟" → 张大伟, 曹伟).
 * No maintained package lists Chinese surnames, so the common single-character surnames
 * (the Ministry of Public Security's top 300, covering over 95% of the population) and the
 * compound ones are kept here as data.
 */
const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
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

/** Names from a byline fragment: spaces, 、 and commas separate; run-together names are split. */
export function namesFrom(fragment: string): string[] {
  return fragment
    .split(/[\s、,，;；]+/)
    .map((s) => s.replace(NOT_NAME, ""))
    .filter((s) => s.length >= 2)
    .flatMap((s) => (s.length <= 3 ? [s] : (splitNames(s) ?? [s])));
}
