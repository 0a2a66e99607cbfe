// Japanese and Chinese pages of the third held-out set: a Japanese news site, a The Paper-like Chinese news app
// page, and a Taiwanese government press release in traditional Chinese. Templates imitate each kind of site
// from memory; all text is original and every organisation, person and place is invented.
import type { ArticleSource } from '../import-eval/article-types'
import { esc, ogMeta, render, zhDate } from '../import-eval2/render'
import type { Page } from './page'

/** Japanese national news site: 速報 bar, 有料記事 badge-free story, 関連ニュース, シェア, 写真 caption, [PR] ads. */
function jaNews(a: ArticleSource): string {
  const [y, m, d] = a.date.split('-').map(Number)
  const body = render(a, {
    p: (t) => `<p>${t}</p>`,
    h2: (t) => `<h2 class="body-title">${t}</h2>`,
    after: {
      2: `<div class="ad-inline"><span class="ad-inline__label">[PR]</span><div id="ad-inread"></div></div>`,
      5: `<div class="related-inline"><p>あわせて読みたい</p><ul><li><a href="/articles/20260301/k10014422.html">空き家バンク登録が過去最多に\u3000移住相談も増加</a></li></ul></div>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | みなと新報デジタル</title>
<meta name="description" content="山あいの町で、使われなくなった小学校を宿泊施設に改修する計画が進んでいる。">
${ogMeta(a)}
</head>
<body>
<div class="breaking-bar"><span class="breaking-bar__label">速報</span><a href="#">東北地方で震度4の地震\u3000津波の心配なし</a></div>
<header class="header"><a href="/" class="header__logo">みなと新報デジタル</a><nav class="gnav"><ul><li><a href="/news/">ニュース</a></li><li><a href="/politics/">政治</a></li><li><a href="/economy/">経済</a></li><li><a href="/society/">社会</a></li><li><a href="/local/">地域</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/culture/">文化・エンタメ</a></li></ul></nav><div class="header__member"><a href="/login/">ログイン</a> <a href="/subscribe/" class="btn">会員登録</a></div></header>
<main class="main">
<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/local/">地域</a></li><li><a href="/local/chubu/">中部</a></li></ol>
<article class="article">
<div class="article-header">
<h1 class="article-header__title">${esc(a.title)}</h1>
<div class="article-header__info"><time datetime="${a.date}T18:30:00+09:00">${y}年${m}月${d}日 18時30分</time><span class="article-header__author">（矢島 奈緒）</span></div>
<ul class="share"><li><a href="#">X（旧Twitter）でシェア</a></li><li><a href="#">Facebookでシェア</a></li><li><a href="#">LINEで送る</a></li><li><button>リンクをコピー</button></li></ul>
<ul class="tags"><li><a href="#">地域活性化</a></li><li><a href="#">廃校活用</a></li><li><a href="#">観光</a></li></ul>
</div>
<figure class="article-figure"><img src="/img/2026/04/school.jpg" alt="改修工事が進む旧白河小学校"><figcaption>改修工事が進む旧白河小学校（4月10日、山根町で）＝矢島奈緒撮影</figcaption></figure>
<div class="article-body" id="article-body">
${body}
</div>
<p class="article-copyright">この記事の著作権はみなと新報社に帰属します。無断転載を禁じます。</p>
<div class="article-footer-share"><p>この記事をシェアする</p><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
<section class="related-news"><h2>関連ニュース</h2><ul><li><a href="#">廃校の体育館がスケートボード場に\u3000若者の利用増える</a><span>4月2日</span></li><li><a href="#">山根町、ふるさと納税の寄付額が倍増</a><span>3月27日</span></li><li><a href="#">地方の小学校、この10年で1割減</a><span>3月15日</span></li></ul></section>
<section class="ranking"><h2>アクセスランキング</h2><ol><li><a href="#">新年度予算が成立\u3000過去最大規模に</a></li><li><a href="#">桜の開花、全国で平年より早く</a></li><li><a href="#">大型連休の高速道路、渋滞予測まとまる</a></li></ol></section>
</main>
<footer class="footer"><ul><li><a href="#">会社案内</a></li><li><a href="#">プライバシーポリシー</a></li><li><a href="#">利用規約</a></li><li><a href="#">お問い合わせ</a></li></ul><p>Copyright © The Minato Shimpo. All rights reserved.</p></footer>
</body>
</html>
`
}

/** The Paper-like Chinese news app page: hashed Next.js classes, 潮汐号 label, 记者/来源/时间 row, 字号, image_desc caption, 责任编辑/校对, 报料 line, 特别声明. */
function zhPaper(a: ArticleSource): string {
  const body = render(a, {
    p: (t) => `<p>${t}</p>`,
    h2: (t) => `<p><strong>${t}</strong></p>`,
    after: {
      2: `<div class="index_imageWrap__Hm8s5"><img src="https://imagecloud.chaoxi.example.cn/upload/2026/05/12/factory.jpg" alt=""><span class="image_desc">5月11日，江临市一家电池回收企业的拆解车间。潮汐新闻记者 冯蔚 图</span></div>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(a.title)}_10%公司_潮汐新闻-The Tide</title>
<meta name="Keywords" content="电池回收,新能源汽车,江临">
<meta name="Description" content="${esc(a.title)}">
${ogMeta(a)}
</head>
<body>
<div id="__next">
<div class="header_header__Lj2aK"><a href="/" class="header_logo__k3F8s"><img src="/logo.png" alt="潮汐新闻"></a><ul class="header_nav__W2p1c"><li><a href="/">首页</a></li><li><a href="/channel_25950">时事</a></li><li><a href="/channel_25951">财经</a></li><li><a href="/channel_25952">思想</a></li><li><a href="/channel_25953">生活</a></li><li><a href="/list_25434">视频</a></li><li><a href="/list_25435">潮汐号</a></li></ul><div class="header_right__2bdsW"><a href="/download">下载客户端</a> <a href="/login">登录</a></div></div>
<div class="index_wrapper__L_zqV">
<div class="index_leftcontent__JLrbk">
<div class="header index_headerContent__sASF4">
<h1 class="index_title__B8mhI">${esc(a.title)}</h1>
<div class="ant-space"><div class="index_left__LfzyH"><div class="ant-space-item">潮汐新闻记者 冯蔚</div><div class="ant-space-item"><span>${a.date} 18:30</span><span>来源：潮汐新闻</span></div></div><div class="index_right__p4Tlm"><span>字号</span><span class="index_share__3Nq0n">分享到</span></div></div>
</div>
<div class="index_cententWrap__Jv8jK">
${body}
</div>
<div class="index_editor__Nm1ps"><p>责任编辑：钱晓楠 图片编辑：金林</p><p>校对：施鋆</p></div>
<div class="index_copyright__Gq7Ww"><p>潮汐新闻报料：0571-96200 · 邮箱：news@chaoxi.example.cn</p></div>
<div class="index_statement__x1pLe">特别声明：本文为潮汐新闻原创，未经授权不得转载，违者必究。</div>
<div class="index_tools__D3d1a"><span>+1</span><span>收藏</span><span>我要举报</span></div>
<div class="index_relate__4mS0p"><h2>相关推荐</h2><ul><li><a href="#">新能源汽车退役电池迎来“回收潮”</a></li><li><a href="#">江临发布低空经济发展三年行动方案</a></li><li><a href="#">评论区：你家的旧手机电池怎么处理？</a></li></ul></div>
<div class="index_comment__Y7pQe"><h2>评论（126）</h2><textarea placeholder="期待你的神评论……"></textarea><button>发表</button></div>
</div>
<div class="index_rightcontent__Xq9mb"><div class="index_hot__c1J5p"><h2>热新闻</h2><ol><li><a href="#">多地公布中考政策调整</a></li><li><a href="#">今夏首个台风生成</a></li><li><a href="#">一图读懂个税汇算</a></li></ol></div><div class="index_app__w6nYt"><img src="/qr.png" alt=""><p>扫码下载潮汐新闻客户端</p></div></div>
</div>
<div class="footer_footer__3hNqQ"><p><a href="#">关于潮汐</a> <a href="#">加入潮汐</a> <a href="#">联系我们</a> <a href="#">广告合作</a> <a href="#">法律声明</a> <a href="#">隐私政策</a></p><p>增值电信业务经营许可证：浙B2-20260001 · 互联网新闻信息服务许可证：33120260002</p><p>© 2014-2026 浙潮文化传媒有限公司</p></div>
</div>
</body>
</html>
`
}

/** Taiwanese government press release (traditional Chinese): ::: accesskey anchors, ROC-calendar dates, 發布單位, 聯絡人 lines, 相關附件, 瀏覽人次. */
function twGov(a: ArticleSource): string {
  const [y, m, d] = a.date.split('-').map(Number)
  const roc = `${(y ?? 0) - 1911}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  const body = render(a, { p: (t) => `<p>${t}</p>`, sep: '\n' })
  return `<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>${esc(a.title)}-新聞稿-海岸發展署全球資訊網</title>
<meta name="DC.Title" content="${esc(a.title)}">
<meta name="DC.Publisher" content="海岸發展署">
<meta name="DC.Date" content="${a.date}">
<meta name="DC.Language" content="中文">
</head>
<body>
<a href="#C" class="skip" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div class="header"><a href="#U" accesskey="U" title="上方功能區塊" class="acc">:::</a><a href="/" class="logo" title="海岸發展署"><img src="/images/logo.png" alt="海岸發展署 Coastal Development Administration"></a>
<ul class="topnav"><li><a href="/">回首頁</a></li><li><a href="/sitemap">網站導覽</a></li><li><a href="/en">English</a></li><li><a href="/faq">常見問答</a></li><li><a href="/rss">RSS</a></li></ul>
<div class="search"><label for="q">搜尋</label><input id="q" type="text" title="請輸入關鍵字"><button>搜尋</button><p>熱門搜尋：<a href="#">海岸巡查</a> <a href="#">漁港</a> <a href="#">補助</a></p></div>
<ul class="mainmenu"><li><a href="#">關於本署</a></li><li><a href="#">新聞與公告</a></li><li><a href="#">業務專區</a></li><li><a href="#">便民服務</a></li><li><a href="#">政府資訊公開</a></li></ul></div>
<div class="main"><a href="#C" accesskey="C" title="中央內容區塊" id="C" class="acc">:::</a>
<div class="path">現在位置：<a href="/">首頁</a>&gt;<a href="#">新聞與公告</a>&gt;<a href="#">新聞稿</a></div>
<div class="font-size"><span>字級：</span><a href="#">小</a><a href="#">中</a><a href="#">大</a> <a href="#">列印</a> <a href="#">回上一頁</a></div>
<h2 class="page-title">新聞稿</h2>
<div class="area-essay page-caption-p">
<div class="simple-text title"><h3>${esc(a.title)}</h3></div>
<ul class="info"><li>發布日期：${roc}</li><li>發布單位：海岸發展署海岸保育組</li><li>資料更新日期：${roc}</li></ul>
<div class="essay">
${body}
</div>
<div class="contact"><p>新聞聯絡人：海岸保育組 林宗翰 組長</p><p>聯絡電話：(02)2345-6789 分機 3120</p><p>手機：0912-345-678</p></div>
<div class="area-file"><h4>相關附件</h4><ul><li><a href="#">新聞稿（${roc}）.pdf</a> <span>（PDF，321KB）</span></li><li><a href="#">新聞稿（${roc}）.odt</a> <span>（ODT，45KB）</span></li><li><a href="#">濱海植栽示範區位置圖.jpg</a></li></ul></div>
<div class="count">瀏覽人次：1,284</div>
</div>
<div class="share"><span>分享：</span><a href="#">Facebook</a> <a href="#">Line</a> <a href="#">Plurk</a></div>
<a href="javascript:history.back();" class="back">回上一頁</a>
</div>
<div class="footer"><a href="#Z" accesskey="Z" title="下方功能區塊" class="acc">:::</a><ul><li><a href="#">隱私權政策</a></li><li><a href="#">資訊安全政策</a></li><li><a href="#">政府網站資料開放宣告</a></li></ul>
<p>地址：10045 臺北市中正區海濱路100號\u3000總機：(02)2345-6789</p><p>服務時間：週一至週五 08:30-12:30、13:30-17:30</p><p>本網站著作權屬於海岸發展署\u3000建議使用Chrome、Edge、Firefox最新版本瀏覽</p><p><img src="/images/accessibility-aa.png" alt="通過AA檢測等級無障礙網頁檢測"></p></div>
</body>
</html>
`
}

/** Provincial government 政策解读 page: 政策解读 column, 文件原文 link, 解读机关/解读人 lines, headings as h3 questions, 扫一扫, 【打印】【关闭】. */
function zhProvJiedu(a: ArticleSource): string {
  const body = render(a, {
    p: (t) => `<p style="text-indent:2em;">${t}</p>`,
    h2: (t) => `<h3 style="font-size:16px;font-weight:bold;">${t}</h3>`,
    sep: '\n',
  })
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}-政策解读-青川省人民政府门户网站</title>
<meta name="SiteName" content="青川省人民政府门户网站">
<meta name="ArticleTitle" content="${esc(a.title)}">
<meta name="PubDate" content="${a.date} 10:15">
<meta name="ContentSource" content="青川省发展和改革委员会">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="解读">
</head>
<body>
<div class="top"><div class="w1200"><span class="welcome">今天是：${zhDate(a.date)}</span><span class="links"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁体版</a> | <a href="#">English</a> | <a href="#">微信</a> | <a href="#">微博</a></span></div></div>
<div class="banner"><img src="/images/banner.png" alt="青川省人民政府"></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">要闻动态</a></li><li><a href="#">信息公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进青川</a></li></ul></div>
<div class="w1200 position">您当前的位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">政策解读</a></div>
<div class="w1200 article-box">
<div class="article-title">${esc(a.title)}</div>
<div class="article-info"><span>发布时间：${a.date} 10:15</span><span>来源：省发展改革委</span><span>浏览次数：<em id="hits">2187</em></span><span>字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="related-doc"><span>相关文件：</span><a href="/zwgk/zcwj/szfwj/202609/t20260915_1921.html">《青川省人民政府关于促进县域商业体系建设的实施意见》</a></div>
<div class="article-content" id="zoom">
<div class="TRS_Editor">
${body}
</div>
</div>
<div class="jiedu-info"><p>解读机关：青川省发展和改革委员会</p><p>解读人：省发展改革委商贸流通处 何立峰</p><p>联系电话：0871-6555-1234</p></div>
<div class="article-tools"><div class="qrcode"><img src="/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prev-next"><p>上一篇：<a href="#">《青川省加快发展冷链物流实施方案》解读</a></p><p>下一篇：<a href="#">图解：县域商业体系建设怎么建？</a></p></div>
</div>
<div class="footer"><p>主办单位：青川省人民政府办公厅\u3000承办单位：青川省大数据中心</p><p>网站标识码：5300000099\u3000滇ICP备05000000号-1\u3000<img src="/ga.png" alt="">滇公网安备 53010202000001号</p><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p></div>
</body>
</html>
`
}

export const PAGES_CJK: Page[] = [
  {
    language: 'ja',
    markup: '`lang="ja"`, 速報 bar, global nav with ログイン/会員登録, breadcrumb トップ > 地域 > 中部, `h1`, "2026年4月12日 18時30分" + （記者名）, シェア list, tags, photo caption ending ＝…撮影, `h2` subheads, "[PR]" ad and "あわせて読みたい" box inside the body, copyright line, この記事をシェアする, 関連ニュース with dates, アクセスランキング',
    template: jaNews,
    source: {
      name: 'ja-news-haiko-hotel',
      family: 'ja-news',
      title: '廃校の小学校、宿泊施設に生まれ変わる\u3000山根町で来春開業へ',
      publisher: 'みなと新報デジタル',
      date: '2026-04-12',
      url: 'https://www.minato-shimpo.example.jp/articles/20260412/k10014455.html',
      text: `山あいにある山根町で、2019年に閉校した旧白河小学校を宿泊施設に改修する工事が進んでいる。町と地元の若手事業者が共同で運営し、来年春の開業を目指す。教室をそのまま客室として生かし、黒板や木の机も残す計画だ。

旧白河小は1898年に開校し、最盛期には300人を超える児童が通っていた。しかし少子化で児童数が減り、最後の年度の在校生はわずか9人だった。閉校後は地域の運動会などに校庭が使われるだけで、校舎は空いたままになっていた。

改修後の施設には、教室を改装した客室が12室、音楽室を使ったカフェ、家庭科室を生かした共同キッチンが設けられる。体育館は地域のイベントや合宿に貸し出す。総事業費は約3億2千万円で、国の地方創生交付金と町の予算、クラウドファンディングで集めた資金を充てる。

## 卒業生も協力

運営を担うのは、町出身の会社員だった井上翔太さん（34）らが設立した会社だ。井上さん自身も旧白河小の卒業生で、「自分たちが育った場所を、もう一度人が集まる場所にしたかった」と話す。

クラウドファンディングには全国から約1200人が参加し、目標の1500万円を上回る約1800万円が集まった。支援者の中には、かつてこの学校に通った卒業生や元教員も多いという。返礼品として、客室の机に名前を刻むプランも人気を集めた。

## 観光と交流の拠点に

町によると、山根町の人口はこの20年で約4割減り、現在は約3800人。町内には旅館が2軒しかなく、登山客や釣り客の宿泊先が不足していた。新しい施設は、観光客の受け入れに加え、都市部の企業の研修や移住希望者の「お試し滞在」にも活用する方針だ。

町の担当者は「廃校は地域の思い出が詰まった場所。単に残すだけでなく、新しい役割を与えることで、町に人の流れを取り戻したい」と期待を寄せる。

一方で、冬は積雪が多く、交通の便が悪いことが課題となる。井上さんらは、最寄り駅との間で送迎バスを運行するほか、冬季はスキー客やスノーシューのツアー客を呼び込む計画を立てている。

全国では毎年数百校の公立学校が廃校になっており、宿泊施設や工場、オフィスなどへの転用例も増えている。`,
    },
  },
  {
    language: 'zh',
    markup: 'Next.js hashed classes (`index_title__B8mhI`, `index_cententWrap__Jv8jK`), `<title>` = title + `_10%公司_潮汐新闻-The Tide`, nav with 下载客户端/登录, `ant-space` row "潮汐新闻记者 …" + "2026-05-12 18:30" + "来源：潮汐新闻" + 字号/分享到, bold `<p><strong>` subheads, `image_desc` caption "…记者 … 图" inside the body, 责任编辑/图片编辑/校对, 报料 line, 特别声明, +1/收藏/我要举报, 相关推荐, 评论（126）, 热新闻, app QR, licence-number footer',
    template: zhPaper,
    source: {
      name: 'zh-tide-battery-recycling',
      family: 'zh-tide',
      title: '退役动力电池迎来回收高峰，江临一家企业每天拆解三千块',
      publisher: '潮汐新闻',
      date: '2026-05-12',
      url: 'https://www.chaoxi.example.cn/newsDetail_forward_30218847',
      text: `走进位于江临市经济开发区的一家电池回收企业，机械臂正在把一块块从新能源汽车上拆下的动力电池送上流水线。经过放电、拆解、破碎和分选，电池里的锂、镍、钴等金属被逐一提取出来，重新用于制造新电池。

“今年以来，送来的退役电池明显多了，现在每天要拆解三千块左右，比去年同期翻了一番。”企业生产负责人邵建明告诉潮汐新闻记者。

## 第一批新能源车进入“退役期”

动力电池的使用寿命一般为八到十年。业内人士介绍，我国新能源汽车大规模推广始于十多年前，第一批车辆的电池正陆续进入报废和更换阶段，退役电池数量将在未来几年持续快速增长。

江临市工业和信息化局提供的数据显示，去年全市回收处理的退役动力电池约为四万吨，预计今年将超过六万吨。目前，全市共有十一家企业纳入相关行业规范名单，年处理能力合计约十五万吨。

邵建明说，容量仍在七成以上的电池，会先检测分级，用于储能电站、通信基站备用电源和低速电动车等场景，这被称为“梯次利用”。实在无法再用的电池，才进入拆解环节，回收其中的金属材料。

## “小作坊”仍是行业难题

不过，记者采访发现，一些不具备资质的小作坊仍在以更高价格收购退役电池。这些作坊往往采用简单粗暴的拆解方式，既存在起火爆炸的安全隐患，也可能造成电解液泄漏，污染土壤和地下水。

“正规企业环保投入大，收购价拼不过小作坊。”江临市一位电池回收行业协会负责人坦言，部分车主和维修店为了多卖几百元，把电池卖给了没有资质的回收商。

对此，江临市今年起推行动力电池“一码溯源”管理，要求车企、4S店和维修企业对更换下来的电池进行登记，扫码即可查询电池从生产、使用到回收的全过程信息。对违规收购和处置退役电池的行为，相关部门将依法查处。

## 回收技术还需提升

江临大学材料学院副教授许嘉禾认为，目前国内锂的回收率与国际先进水平相比还有差距，部分企业的工艺能耗偏高。她建议，应加大对回收技术研发的支持力度，同时推动电池设计阶段就考虑便于拆解和回收。

“电池回收不仅是环保问题，也关系到关键矿产资源的供应安全。”许嘉禾说，随着退役电池规模扩大，这一产业有望成为新的增长点，但前提是把规范和技术两条腿都走稳。`,
    },
  },
  {
    language: 'zh',
    markup: '`lang="zh-Hant-TW"`, "跳到主要內容區塊" skip link, `:::` accesskey anchors (U/C/Z), 熱門搜尋, 現在位置 path, 字級 小中大/列印/回上一頁, `h2` "新聞稿" section title above the real title in an `h3`, ROC-calendar dates "發布日期：115-06-03" / 發布單位 / 資料更新日期, body `p`s, 新聞聯絡人/聯絡電話/手機 lines, 相關附件 (PDF/ODT/JPG), 瀏覽人次, 分享, footer with address, hours, AA accessibility badge',
    template: twGov,
    source: {
      name: 'zh-tw-gov-coastal-windbreak',
      family: 'zh-tw-gov',
      title: '海岸發展署啟動濱海防風林復育計畫\u30004年內補植30萬株原生樹種',
      publisher: '海岸發展署',
      date: '2026-06-03',
      url: 'https://www.cda.gov.example.tw/News_Content.aspx?n=1283&s=304512',
      text: `海岸發展署今（3）日宣布啟動「濱海防風林復育計畫」，預計自今年起4年內投入新臺幣12億元，在西部沿海6個縣市補植原生樹種30萬株，並修復受颱風及海岸侵蝕破壞的防風林帶約850公頃，以強化沿海聚落抵禦強風與飛沙的能力。

海岸發展署表示，西部沿海防風林多於1950至1970年代種植，以木麻黃為主要樹種。近年因林木老化、颱風侵襲及地下水位變化，部分林帶出現大面積枯死，形成缺口，造成鄰近農田與住家在東北季風期間飽受飛沙之苦。

本次計畫將改採多樹種混植方式，除木麻黃外，將引入黃槿、草海桐、苦楝、欖仁等耐鹽、耐風的原生樹種，提高林帶的生物多樣性與抗逆性。海岸發展署指出，單一樹種林帶容易因病蟲害或極端氣候而同時衰退，混植可以降低這種風險。

在執行方式上，海岸發展署將與地方政府、社區發展協會及學校合作，優先在受損最嚴重的濱海鄉鎮推動，並委託專業團隊進行苗木培育與種植後3年的撫育管理，確保苗木存活率達到8成以上。計畫也將招募在地居民參與巡護與養護工作，預計可創造約400個在地就業機會。

海岸發展署進一步說明，防風林內的枯立木將依現地狀況分區清理，可再利用的木材將提供社區作為步道、解說設施及漁具修繕材料，減少廢棄物產生。對於私有土地上的林帶缺口，則將透過協議造林及獎勵措施，鼓勵地主共同參與復育工作。

海岸發展署署長陳慧玲表示，防風林是沿海居民生活的第一道防線，也是許多候鳥與小型動物的棲地。「我們希望這片綠色屏障不只是被動守護海岸，也能成為社區共同照顧、引以為傲的地方。」

海岸發展署同時將建置防風林監測系統，運用衛星影像與無人機定期檢視林帶覆蓋情形，並將監測結果公開於機關網站，供各界查閱。此外，海岸發展署也將與在地大學合作，長期調查復育後林帶內鳥類、昆蟲及小型哺乳動物的變化，作為後續經營管理的參考。首批補植作業預計於今年10月東北季風來臨前，在濱崎鄉及南港鎮展開，歡迎民眾屆時踴躍參與植樹活動。`,
    },
  },
  {
    language: 'zh',
    markup: 'provincial portal: 今天是 date line, 无障碍/长者模式/繁体版, banner, nav, 您当前的位置, title in a `div` (no `h1`), 发布时间/来源/浏览次数/字体 line, "相关文件：《…》" link above the body, `TRS_Editor` body with question headings in `h3` (一、…是什么？), 解读机关/解读人/联系电话 lines, 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, 上一篇/下一篇, 主办单位/网站标识码/ICP/公网安备 footer',
    template: zhProvJiedu,
    source: {
      name: 'zh-prov-jiedu-county-commerce',
      family: 'zh-prov-jiedu',
      title: '《青川省人民政府关于促进县域商业体系建设的实施意见》政策解读',
      publisher: '青川省人民政府',
      date: '2026-09-17',
      url: 'https://www.qingchuan.gov.example.cn/zwgk/zcjd/202609/t20260917_1927.html',
      text: `近日，省人民政府印发《关于促进县域商业体系建设的实施意见》（以下简称《实施意见》）。为便于社会各界更好地理解和执行，现就有关内容解读如下。

## 一、《实施意见》出台的背景是什么？

县域商业是联结城乡消费和生产的重要纽带。近年来，我省县域商业发展取得积极成效，但仍存在乡镇商贸设施老化、农村物流成本偏高、农产品上行渠道不畅等问题。特别是部分偏远乡镇缺少综合性商贸中心，群众购物、寄递仍需往返县城。为补齐短板，省发展改革委会同省商务厅等部门，在深入调研、广泛征求意见的基础上，起草了《实施意见》。

## 二、《实施意见》的主要目标是什么？

《实施意见》提出，到2028年，全省基本建成以县城为中心、乡镇为重点、村为基础的县域商业体系。具体包括：每个县至少建成一个县级物流配送中心，乡镇商贸中心覆盖率达到90%以上，具备条件的行政村实现快递服务全覆盖，农产品网络零售额年均增长10%以上。

## 三、《实施意见》明确了哪些重点任务？

《实施意见》围绕“建设施、畅物流、强主体、促消费”部署了四个方面十二项重点任务。一是改造提升县城商业设施，支持建设一批综合商贸服务中心和农贸市场。二是完善县乡村三级物流配送体系，推动邮政、快递、供销、电商企业共建共享网点，降低末端配送成本。三是培育壮大县域商贸流通企业，鼓励连锁企业向乡镇延伸门店。四是扩大农村消费，开展农产品产销对接活动，引导新能源汽车、绿色家电下乡。

## 四、在政策支持方面有哪些举措？

《实施意见》明确，省级财政将统筹相关专项资金，对县级物流配送中心、乡镇商贸中心建设给予补助，对吸纳农村劳动力就业较多的流通企业给予奖励。同时，鼓励金融机构开发适合县域商贸企业的信贷产品，在用地方面对农村物流设施建设予以优先保障。

## 五、如何确保各项任务落到实处？

《实施意见》要求各州、市人民政府切实履行主体责任，制定具体实施方案，明确时间表和路线图。省发展改革委将会同有关部门建立工作调度机制，定期通报进展情况，对工作成效明显的县给予表扬激励，对推进不力的进行督促指导。`,
    },
  },
]
