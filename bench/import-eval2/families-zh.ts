// Chinese site-family templates for the second held-out set (portal, gov.cn policy document, Hong Kong
// traditional-Chinese news, a page whose <title> is stuffed with a spam brand).
import type { ArticleSource } from '../import-eval/article-types'
import { esc, render, zhDate } from './render'

/** Sina/163-like portal: top nav, 原标题 line, img_descr caption, app QR lures, 责任编辑, 相关阅读, 热门推荐. */
export function zhPortal(a: ArticleSource): string {
  const body = render(a, {
    p: (t) => `<p>\u3000\u3000${t}</p>`,
    after: {
      1: `<div class="img_wrapper"><img id="img1" src="//n.sinaimg.example.cn/news/crawl/116/w550h366/20260819/nightmarket.jpg" alt="夜幕下的滨河路夜市" style="max-width:550px;"><span class="img_descr">8月18日晚，澜江市滨河路夜市人头攒动。青禾新闻网记者 唐敏 摄</span></div>`,
      4: `<div class="app-lure" data-sudaclick="content_app_p"><a href="https://app.qinghe.example.com/download"><img src="//n.sinaimg.example.cn/app/banner.png" alt=""><span>打开青禾新闻APP，阅读体验更佳</span></a></div>`,
    },
  })
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(a.title)}|夜市|澜江|摊位_新浪新闻</title>
<meta name="keywords" content="夜市,澜江,摊位">
<meta name="description" content="${esc(a.title)}">
<meta property="og:type" content="news">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:url" content="${esc(a.url)}">
<meta property="article:published_time" content="${a.date}T07:32:00+08:00">
<meta name="mediaid" content="澜江日报">
<meta name="weibo: article:create_at" content="${a.date} 07:32:00">
</head>
<body>
<div class="top-nav" id="SI_Top_Wrap"><div class="tn-bg"><div class="tn-header"><div class="tn-nav"><a href="https://www.qinghe.example.com/">青禾首页</a> <a href="https://news.qinghe.example.com/">新闻</a> <a href="https://sports.qinghe.example.com/">体育</a> <a href="https://finance.qinghe.example.com/">财经</a> <a href="https://ent.qinghe.example.com/">娱乐</a> <a href="https://tech.qinghe.example.com/">科技</a> <a href="https://blog.qinghe.example.com/">博客</a> <a href="https://photo.qinghe.example.com/">图片</a> <a href="https://zhuanlan.qinghe.example.com/">专栏</a> <span>更多</span></div><div class="tn-user"><a href="https://login.qinghe.example.com/">登录</a> <a href="https://app.qinghe.example.com/">移动客户端</a></div></div></div></div>
<div class="channel-path"><a href="https://news.qinghe.example.com/">新闻中心</a> &gt; <a href="https://news.qinghe.example.com/china/">国内新闻</a> &gt; 正文</div>
<div class="main-content w1240">
<h1 class="main-title">${esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">${zhDate(a.date)} 07:32</span> <a href="https://www.lanjiangdaily.example.com/" target="_blank" class="source ent-source" rel="nofollow">澜江日报</a></div>
<div class="top-bar-inner"><div class="article-share"><span>分享到：</span><a href="#" class="weibo">微博</a><a href="#" class="weixin">微信</a><a href="#" class="qzone">QQ空间</a></div><div class="tools"><a href="#comment" class="comment">评论</a> <a href="#" class="report">举报</a> <span class="font">字号 <a href="#">大</a> <a href="#">小</a></span></div></div></div>
<div class="appendQr_wrap"><div class="appendQr_normal"><img src="//n.sinaimg.example.cn/app/qr.png" alt=""><div class="appendQr_normal_txt">青禾新闻客户端<br>扫码下载，精彩不停</div></div></div>
<div class="article" id="artibody" data-sudaclick="blk_content">
<p>\u3000\u3000原标题：澜江夜市改造后客流翻番</p>
${body}
<p class="show_author">责任编辑：孙晓娟 </p>
</div>
<div class="article-notice"><p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。</p></div>
<div class="app-kaihu-qr"><p>海量资讯、精准解读，尽在青禾新闻APP</p><a href="https://app.qinghe.example.com/download">立即下载</a></div>
<div class="keywords" id="keywords" data-wbkey="夜市 澜江 摊位"><span>文章关键词：</span><a href="#">夜市</a> <a href="#">澜江</a> <a href="#">摊位</a></div>
<div class="related-news"><h3 class="tit">相关阅读</h3><ul>
<li><a href="https://news.qinghe.example.com/c/2026-08-12/doc-a1.shtml">澜江滨河路夜市重新开放 首日客流破三万</a></li>
<li><a href="https://news.qinghe.example.com/c/2026-07-30/doc-a2.shtml">多地推动夜间经济发展 “烟火气”回来了</a></li>
<li><a href="https://news.qinghe.example.com/c/2026-07-02/doc-a3.shtml">澜江出台夜市摊位管理办法 租金三年不上涨</a></li>
</ul></div>
<div class="comment-area" id="comment"><h3>我要评论</h3><textarea placeholder="说点什么吧"></textarea><button>发布</button><p>已有<span>326</span>人参与 <a href="#">查看全部评论</a></p></div>
<div class="hot-recommend"><h3>热门推荐</h3><ul><li><a href="#">暑期档票房突破百亿 国产片占比超八成</a></li><li><a href="#">多地高温持续 电网负荷创新高</a></li><li><a href="#">这些新规9月起施行</a></li></ul><p>24小时滚动播报最新资讯，更多精彩请扫描二维码关注青禾新闻微信公众号</p></div>
</div>
<div class="footer"><p><a href="#">青禾简介</a> | <a href="#">About Qinghe</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">招聘信息</a> | <a href="#">网站律师</a> | <a href="#">通行证注册</a> | <a href="#">产品答疑</a></p><p>Copyright © 1998-2026 QINGHE Corporation, All Rights Reserved</p><p>青禾公司 版权所有</p></div>
</body>
</html>
`
}

/** gov.cn-like policy document: 索引号/主题分类/发文机关 table header, 文号 line, bold numbered headings in <p>, signature, 扫一扫在手机打开当前页. */
export function zhGovcn(a: ArticleSource): string {
  const body = render(a, {
    p: (t) => `<p style="text-indent: 2em; font-family: 仿宋_GB2312;">${t}</p>`,
    h2: (t) => `<p style="text-indent: 2em;"><strong>${t}</strong></p>`,
  })
  const written = '2026-06-25'
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}_省政府办公厅文件_云岭省人民政府门户网站</title>
<meta name="SiteName" content="云岭省人民政府门户网站">
<meta name="SiteDomain" content="www.yunling.gov.example.cn">
<meta name="ArticleTitle" content="${esc(a.title)}">
<meta name="PubDate" content="${a.date} 16:30">
<meta name="ContentSource" content="云岭省人民政府网站">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ColumnType" content="政策文件">
</head>
<body>
<div class="header"><div class="topbar"><span>欢迎访问云岭省人民政府门户网站</span><div class="topbar-links"><a href="#">简</a> | <a href="#">繁</a> | <a href="#">EN</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">登录</a> | <a href="#">个人中心</a></div></div>
<div class="logo"><img src="/images/logo.png" alt="云岭省人民政府"></div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/yaowen/">要闻动态</a></li><li class="on"><a href="/zhengce/">政务公开</a></li><li><a href="/fuwu/">政务服务</a></li><li><a href="/hudong/">互动交流</a></li><li><a href="/zoujin/">走进云岭</a></li></ul></div>
<div class="BreadcrumbNav"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/zhengce/">政务公开</a> &gt; <a href="/zhengce/zfwj/">政策文件</a> &gt; <a href="/zhengce/bgtwj/">省政府办公厅文件</a></div>
<div class="policyLibraryOverview_header">
<table class="bd1" cellpadding="0" cellspacing="1" width="100%" align="center">
<tbody>
<tr><td width="90"><b>索<span style="padding-left:1em"></span>引<span style="padding-left:1em"></span>号：</b></td><td width="275">000014349/2026-00061</td><td width="90"><b>主题分类：</b></td><td>农业、林业、水利\\种植业</td></tr>
<tr><td><b>发文机关：</b></td><td>云岭省人民政府办公厅</td><td><b>成文日期：</b></td><td>${zhDate(written)}</td></tr>
<tr><td><b>标<span style="padding-left:2em"></span>题：</b></td><td colspan="3">${esc(a.title)}</td></tr>
<tr><td><b>发文字号：</b></td><td>云政办发〔2026〕38号</td><td><b>发布日期：</b></td><td>${zhDate(a.date)}</td></tr>
</tbody>
</table>
</div>
<div class="article oneColumn pub_border">
<h1>${esc(a.title)}</h1>
<div class="pages-date">${a.date} 16:30 <span class="font">来源：云岭省人民政府网站</span> <span class="font index_switchsize">【字体：<span>大</span> <span>中</span> <span>小</span>】</span> <span class="font printIco" id="printBtn">打印</span></div>
<div class="pages_content" id="UCAP-CONTENT">
<p style="text-align: center;">云政办发〔2026〕38号</p>
${body}
<p style="text-align: right;">云岭省人民政府办公厅</p>
<p style="text-align: right;">2026年6月25日</p>
<p style="text-indent: 2em;">（此件公开发布）</p>
</div>
<div class="editor">【我要纠错】 责任编辑：李文博</div>
<div class="share-qr"><img src="/images/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="related"><h3>相关稿件</h3><ul><li><a href="/zhengce/jiedu/202606/t20260629_1.html">【图解】一图读懂《关于加快推进种业振兴的实施意见》</a></li><li><a href="/zhengce/jiedu/202606/t20260630_2.html">省农业农村厅负责人解读种业振兴实施意见</a></li></ul></div>
<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a></p><p>主办单位：云岭省人民政府办公厅\u3000承办单位：云岭省政务信息中心</p><p>网站标识码：5300000001\u3000滇ICP备05003418号\u3000滇公网安备 53010202000117号</p><p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>
</body>
</html>
`
}

/** Hong Kong news site in traditional Chinese: 撰文/發佈日期/更新日期, 分享 bar, 延伸閱讀 inside the body, 廣告, 相關新聞. */
export function zhHk(a: ArticleSource): string {
  const body = render(a, {
    p: (t) => `<p>${t}</p>`,
    after: {
      1: `<div class="ad-slot"><span class="ad-label">廣告</span><div id="div-gpt-ad-inread"></div></div>`,
      3: `<div class="related-inline"><span>延伸閱讀：</span><a href="/article/20260911/local/tram-fare">電車加價申請獲批 成人車資增至3.6元</a></div>`,
      5: `<div class="gallery-lure">▼▼▼ 點擊圖輯 ▼▼▼</div><figure class="gallery-thumb"><img src="/img/2026/10/depot-1.jpg" alt=""><figcaption>電車公司指新車廠會採用全室內設計。（電車公司提供）</figcaption></figure>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<title>${esc(a.title)}｜港灣日報</title>
<meta name="description" content="運輸及物流局昨日就銀灣電車廠搬遷計劃展開為期兩個月的公眾諮詢">
<meta property="og:title" content="${esc(a.title)}｜港灣日報">
<meta property="og:site_name" content="港灣日報 Harbour Daily">
<meta property="og:url" content="${esc(a.url)}">
<meta property="article:published_time" content="${a.date}T06:45:00+08:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${a.date}T06:45:00+08:00","dateModified":"${a.date}T09:12:00+08:00","author":{"@type":"Person","name":"鄭家豪"},"publisher":{"@type":"Organization","name":"港灣日報"}}</script>
</head>
<body>
<header class="site-header"><a href="/" class="logo">港灣日報</a><nav class="main-nav"><a href="/local">港聞</a> <a href="/international">國際</a> <a href="/finance">經濟</a> <a href="/entertainment">娛樂</a> <a href="/sports">體育</a> <a href="/opinion">觀點</a> <a href="/features">專題</a></nav><div class="header-actions"><a href="/subscribe">訂閱</a> <a href="/login">登入</a> <a href="/en">English</a></div></header>
<div class="breaking-ticker"><span>即時：</span><a href="/article/x">天文台：今日多雲，局部地區有驟雨</a></div>
<main class="article-page">
<nav class="breadcrumb"><a href="/">主頁</a> &gt; <a href="/local">港聞</a> &gt; <a href="/local/society">社會新聞</a></nav>
<article class="article">
<h1 class="article-title">${esc(a.title)}</h1>
<div class="article-meta"><span class="author">撰文：鄭家豪</span> <time class="published" datetime="${a.date}T06:45:00+08:00">發佈日期：${a.date} 06:45</time> <time class="updated" datetime="${a.date}T09:12:00+08:00">更新日期：${a.date} 09:12</time></div>
<div class="share-bar"><span>分享：</span><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">複製連結</a><span class="font-size">字體大小 <button>A</button><button>A</button><button>A</button></span></div>
<figure class="hero"><img src="/img/2026/10/depot-hero.jpg" alt=""><figcaption>銀灣電車廠已運作超過九十年。（資料圖片）</figcaption></figure>
<div class="article-content">
${body}
</div>
<div class="article-tags"><span>標籤：</span><a href="/tag/電車">電車</a> <a href="/tag/公營房屋">公營房屋</a> <a href="/tag/公眾諮詢">公眾諮詢</a></div>
<div class="subscribe-box"><p>下載港灣日報App，即時接收新聞推送</p><a href="/app">立即下載</a></div>
</article>
<section class="related-news"><h2>相關新聞</h2><ul><li><a href="/article/1">東岸填海區首批住宅明年入伙</a></li><li><a href="/article/2">電車百年：一張車票的故事</a></li><li><a href="/article/3">城規會通過銀灣市中心改劃</a></li></ul></section>
<section class="hot-news"><h2>熱門新聞</h2><ol><li><a href="/article/4">港鐵新線試車 明年首季通車</a></li><li><a href="/article/5">颱風季尾聲 天文台料再有一個風球</a></li></ol></section>
</main>
<footer class="site-footer"><p><a href="/privacy">私隱政策</a> | <a href="/disclaimer">免責聲明</a> | <a href="/contact">聯絡我們</a> | <a href="/ads">廣告查詢</a></p><p>© 2026 港灣日報 版權所有 不得轉載</p></footer>
</body>
</html>
`
}

/** A hacked local news page: <title>, og:title and keywords stuffed with a spam brand; 上一篇/下一篇; spam brand in the footer too. */
export function zhSeo(a: ArticleSource): string {
  const spam = a.seoTitle ?? a.title
  const body = render(a, { p: (t) => `<p style="text-indent:2em;">${t}</p>` })
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(spam)}</title>
<meta name="keywords" content="m6米乐app下载,m6米乐官网登录入口,米乐m6官方网站,m6米乐在线登录">
<meta name="description" content="m6米乐app下载(www.m6-example.com)为您提供最新资讯：${esc(a.title)}">
<meta property="og:title" content="${esc(spam)}">
<meta property="og:url" content="${esc(a.url)}">
</head>
<body>
<div class="top"><div class="w1200"><span>今天是：${zhDate(a.date)} 星期三</span> <a href="#">设为首页</a> | <a href="#">加入收藏</a></div></div>
<div class="head w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="临川日报"></a></div>
<div class="nav w1200"><ul><li><a href="/">首页</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/zhengwu/">政务</a></li><li><a href="/minsheng/">民生</a></li><li><a href="/jingji/">经济</a></li><li><a href="/wenhua/">文化</a></li><li><a href="/shipin/">视频</a></li><li><a href="/epaper/">数字报</a></li></ul></div>
<div class="w1200 main"><div class="left">
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 本地新闻</div>
<div class="article">
<h1>${esc(a.title)}</h1>
<div class="info">发布时间：${a.date} 09:20:33\u3000作者：记者 王蕾\u3000来源：临川日报\u3000浏览次数：<span id="hits">1382</span></div>
<div class="content" id="content">
${body}
</div>
<div class="share">分享到：<a href="#">QQ空间</a> <a href="#">新浪微博</a> <a href="#">微信</a></div>
<div class="prenext"><p>上一篇：<a href="/news/2026/0714/88190.html">临川市中心城区新增公共停车泊位1200个</a></p><p>下一篇：<a href="/news/2026/0715/88220.html">暑期防溺水安全教育进社区</a></p></div>
<div class="xgwz"><h3>【相关文章】</h3><ul><li><a href="/news/2026/0628/87710.html">临川市居民阶梯水价调整方案公开征求意见</a></li><li><a href="/news/2026/0410/85102.html">临川老旧供水管网改造完成七成</a></li></ul></div>
</div></div>
<div class="right"><div class="box"><h3>热点新闻</h3><ul><li><a href="#">临川高铁站改扩建工程开工</a></li><li><a href="#">全市中考成绩今日放榜</a></li><li><a href="#">临川入选省级文明城市</a></li></ul></div><div class="box"><h3>图片新闻</h3><ul><li><a href="#">荷花盛开引游人</a></li></ul></div></div>
</div>
<div class="footer"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a> | <a href="#">版权声明</a></p><p>Copyright © 2026 m6米乐app下载 版权所有\u3000赣ICP备12008822号-1</p><p>违法和不良信息举报电话：0794-8226011</p></div>
</body>
</html>
`
}
