import type { LineRule, ZoneRule } from './types'

/** A date as Chinese pages print it: 2019年7月5日, 2019-07-05, 2019/7/5, 2019.07.05. */
export const ZH_DATE = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?/

/** Chinese boilerplate lines, checked in order; the first hit names the reason. */
export const ZH_RULES: LineRule[] = [
  { id: 'breadcrumb', test: /^(当前位置|您的位置|你的位置|所在位置|现在位置|位置)\s*[:：]/ },
  { id: 'breadcrumb', test: /^首页\s*(>|＞|›|»|\/|→)/ },
  { id: 'icp', maxLength: 300, test: /(ICP\s*(备|证)?\s*\d|ICP备|公网安备|网安备|网站标识码|京公网|粤公网|沪公网)/i },
  { id: 'copyright', maxLength: 300, test: /(版权所有|主办单位|承办单位|技术支持|主办：|承办：|运维单位|网站维护)/ },
  { id: 'font-size', test: /(字体|字号)\s*[:：]?\s*[【[]?\s*(大|小|中)|【\s*(大|中|小)\s*】/ },
  { id: 'print', test: /^[【[]?\s*(打印|关闭|打印本页|关闭窗口|返回顶部|收藏|纠错|打印文章|保存)\s*[】\]]?(\s*[【[]?\s*(打印|关闭|打印本页|关闭窗口|返回顶部|收藏|纠错|保存)\s*[】\]]?)*$/ },
  { id: 'share', test: /^(分享到|分享至|分享|扫一扫|扫码|微信扫一扫)[:：]?/ },
  { id: 'prev-next', test: /^(上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]?/ },
  // Simplified and traditional forms (Hong Kong and Taiwan pages).
  { id: 'related', test: /^(相关链接|相关新闻|相关阅读|相关文章|相关推荐|延伸阅读|推荐阅读|热门推荐|猜你喜欢|友情链接|相關連結|相關新聞|相關閱讀|相關文章|延伸閱讀|推薦閱讀|熱門推薦)\s*[:：]?/ },
  { id: 'view-count', test: /(浏览次数|阅读次数|点击数|点击量|浏览量|阅读量|访问量)\s*[:：]?\s*\d*/ },
  { id: 'search', test: /^(请输入(关键字|关键词|搜索内容)|搜索|站内搜索|高级搜索)(\s*(搜索|检索))?$/ },
  { id: 'welcome', test: /^(欢迎(访问|来到|光临))/ },
  { id: 'menu', test: /^(首页|网站首页|返回首页|English|无障碍|长者模式|登录|注册|简|繁|手机版|移动版|微信|微博|网站地图|联系我们|关于我们)$/i },
  { id: 'menu', test: (t) => (t.match(/[|｜丨]/g)?.length ?? 0) >= 2 && !/[。！？]/.test(t) && t.length < 150 },
  { id: 'source-line', test: /^(来源|发布时间|发布日期|时间|作者|编辑|责任编辑|信息来源|文章来源|稿源|日期)\s*[:：]/ },
  // Label lines of government releases, simplified and traditional: issuing unit, interpreting body, update date.
  { id: 'source-line', test: /^(发布单位|發布單位|发布机构|發布機關|发布机关|解读机关|解讀機關|解读单位|資料更新日期|资料更新日期|更新日期|聯絡人|联系人|新聞聯絡人|新闻联系人)\s*[:：]/ },
  { id: 'editor', test: /[（(]?\s*(责任编辑|编辑|责编|审核|校对)\s*[:：].{1,20}[)）]?$/ },
  { id: 'advertisement', test: /^(广告|推广|廣告|推廣)$/ },
  // A Japanese photo caption ends with its photographer: "…＝矢島奈緒撮影".
  { id: 'caption', test: /[＝=]\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}・]{2,12}撮影$/u, maxLength: 200 },
  // A portal's disclaimer: "新浪声明：此消息系转载自…", "免责声明：…".
  { id: 'disclosure', test: /^([\u4e00-\u9fff]{1,6})?(免责)?(声明|聲明)\s*[:：]/, maxLength: 300 },
  // The document number and the publication note of an official document. (A bare date line is left
  // alone: under the issuing body's signature it is the document's date, part of the document.)
  { id: 'meta-line', test: /^[\u4e00-\u9fff]{1,12}[〔[（(]\d{4}[〕\]）)]\s*\d{1,4}\s*号$/ },
  { id: 'meta-line', test: /^[（(]此件(公开发布|不公开|主动公开)[)）]$/ },
  // "▼▼▼ 點擊圖輯 ▼▼▼": a prompt to open a photo gallery.
  { id: 'caption', test: /^[▼▲▽△↓\s]*(点击|點擊)?(查看)?(图辑|圖輯|组图|組圖|图集|圖集)[▼▲▽△↓\s]*$/ },
  // A photographer's credit closing a caption: "…人头攒动。青禾新闻网记者 唐敏 摄".
  { id: 'caption', test: /(记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff·]{2,6}(\s+[\u4e00-\u9fff·]{2,6})*\s*摄$/, maxLength: 200 },
  { id: 'abstract', test: /^[【[](摘要|导读|内容提要|核心提示|导语)[】\]]/, maxLength: 400 },
  { id: 'tags', test: /^(标签|关键词|关键字|TAG)\s*[:：]/i },
  { id: 'caption', test: /^(图为|图片来源|图片说明|图注|资料图)|[（(](资料图|图片来源[^)）]*|[^)）]{0,12}摄|新华社[^)）]*发)[)）]$/, maxLength: 120 },
  { id: 'app-lure', test: (t) => /[\u3400-\u9fff]/.test(t) && /(下载|\bapp\b|官方|官网|娱乐|彩票|棋牌|注册送|手机版)/i.test(t) && !/[。！？，]/.test(t), maxLength: 40 },
]

/** Chinese page regions that hold no article text. */
export const ZH_ZONES: ZoneRule[] = [
  { id: 'comments', start: /^(网友评论|发表评论|全部评论|我要评论|评论[（(]\d+[)）])\s*[:：]?$/, untilProse: false },
  { id: 'related', start: /^(相关新闻|相关阅读|相关文章|推荐阅读|热门推荐|猜你喜欢|相關新聞|相關閱讀|延伸閱讀|推薦閱讀)\s*[:：]?$/, untilProse: true },
]

/** High-frequency Chinese function characters, for a rough prose density. */
export const ZH_FUNCTION_CHARS = new Set('的了在是和与为对等将也而及其或从以于中这那就都要把被让给向到上下'.split(''))
