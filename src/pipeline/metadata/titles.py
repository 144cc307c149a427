"""The title: a report's title line (maybe wrapped, under a letterhead, stamped with a date or
wrapped in site marks), a news page's headline, or a title the text names further down. A title
is never guessed from a body sentence or a section heading."""
from __future__ import annotations

import re

from pipeline.clean import DOC_NUMBER_NOTE, HEADING_START, SCRAPER_RECORD, TRAILING_NOTE, CleanText
from pipeline.divisions import city_by_short_name, full_name_pattern, is_place_name, place_chain_at_start
from pipeline.metadata.dates import DELIVERY
from pipeline.metadata.names import agency_prefix, is_org, is_org_line, org_at_start
from pipeline.metadata.vocabulary import (
    BYLINE,
    DATE,
    NEWS_MARKERS,
    NOTICE_GENRES,
    RELATIVE_AT_START,
    RELATIVE_ORG,
    REPORT_TITLE,
    TITLE_STAMP,
    WEBSITE,
    YEAR,
    YEARBOOK_ENTRY,
    YEAR_IN_TITLE,
    is_body,
)

# 《…》 after a document number: 宁政发〔2019〕35号《南京市人民政府关于…的报告》
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff、]{1,12}[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d+\s*号")
_GENRE_END = re.compile(rf"(?:报告|总结|{NOTICE_GENRES}|安排)$")
# A page that ran its title into the first section: …年度报告 一、总体情况 2019年,…
# …年度报告 一、总体情况; …政府工作报告 2023年2月15日在…第二次会议上; …工作计划的通知 各县(市、区)人民政府,…:
# a title the page ran into its text
_RUN_IN_TITLE = re.compile(
    r"\s*(?P<title>[^，,。]{6,60}?(?:报告|总结)(?=\s*(?:一、|[（(]一[）)]|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在))"
    r"|[^，,。]{4,40}?(?:19|20)\d{2}年[^，,。]{0,12}?(?:工作计划|工作要点|工作总结)(?=(?:19|20)\d{2}\s*年[,，])"  # …2017年工作计划2017年,全县…
    # …2021年工作总结和2022年工作思路今年以来,…; …自查报告镇江市生态环境局2020年12月31日一、…: its body or signature next
    r"|[^，,。]{0,40}?(?:19|20)\d{2}年[^，,。]{0,30}?(?:报告|总结|思路|计划|要点)(?=今年以来[,，]|[\u4e00-\u9fff]{2,20}(?:局|委|厅|办|政府)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    rf"|[^，,。]{{6,90}}?的(?:{NOTICE_GENRES})(?=\s*各[^，,。：:]{{2,30}}[，,、]))"
)
_MARKUP_LEFT = re.compile(r"\"\s*/?>.*$")  # what an HTML attribute left of a page title
_SITE_AFTER = re.compile(r"(?<=报告|報告|总结|總結)\s*[\u4e00-\u9fff]{2,20}(?:网站|网|網|门户)$")
_SITE_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:局|委|厅|政府|网|院|办)\s*[-—–|｜]\s*[\u4e00-\u9fff]{2,8}$")
# The speaker under a work report's title: 襄阳市人民检察院检察长 常本勇
# An official's post, as it closes a speaker's line (…检察院检察长 常本勇) or a profile's subtitle.
_OFFICIAL_POST = "院长|检察长|省长|市长|县长|区长|州长|局长|厅长|部长|主任|书记|总理|主席"
_SPEAKER = re.compile(rf"(?:{_OFFICIAL_POST})\s*(?:[\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{{2,6}}·[\u4e00-\u9fff]{{1,6}})$")  # also 市长买买提明·卡德

_DISCLOSED = re.compile(r"现(?:予)?公布(?P<title>[^。，,《》]{8,60}?年度报告)|现予公布《(?P<named>[^《》]{8,60})》")  # …规定,现予公布《…环境状况公报》
# …and in other words (特向社会公布…, 现将…报告如下, 我局编制了…), taken when the name starts with its body
_SELF_REPORTED = re.compile(
    r"(?:特(?:向社会)?(?:公众)?(?:公布|公开)|现(?:向社会)?(?:发布|公布)|现将|编制了|编写|(?:特)?编制(?:并向社会(?:公开|公布))?)《?"
    r"(?P<title>[^。，,;；《》:：]{0,30}?(?:19|20)\d{2}\s*年[^。，,;；《》:：]{4,40}?(?:年度报告|工作报告|情况报告))"
    r"(?![\u4e00-\u9fff]{0,4}(?:编制|编写)工作)"  # 现将…年度报告编制工作通知如下: the task, not the report
)
# A notice that issues a document: 现将《…工作要点》印发给你们.
_MADE_PUBLIC = re.compile(r"现将《[^《》]{2,60}》(?:予以)?(?:公开|公布|发布)")
# …, or 《…行动计划(2025—2027年)》已经省政府同意,现印发给你们.
_PROMULGATION = re.compile(
    r"现将《(?P<title>[^《》]{6,60})》(?:印发|转发|下发)给?你们"
    r"|《(?P<agreed>[^《》]{6,60})》已经[^，,。《》]{2,30}[，,]\s*现(?:予)?(?:印发|转发)给你们"
)
_SITE_TAG = re.compile(r"^(?:【[^】]{1,12}】|『[^』]{1,12}』|\[[^\]]{1,12}\]|[（(][\u4e00-\u9fff]{2,8}[）)])")
_PAGE_TITLE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)》]{6})_[^_]{1,60}(?:_[^_]{1,60})*$")
_BRACKETED_NUMBER = re.compile(r"^[\[【［][^\]】］]{2,20}号[\]】］]\s*")
# a site's name before a page's title; a government's only before a dated one (永顺县人民政府-2016年上半年…),
# not before another body (九江市人民政府-九江市中级人民法院府院联动…纪要)
_PAGE_TITLE_HEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,20}(?:(?:网站|网|门户)\s*[-—–|｜]\s*(?=\S{6})|人民政府\s*[-—–|｜]\s*(?=[^-—–|｜]{0,12}?(?:19|20)\d{2}年))"
)
_SITE_SUFFIX = re.compile(
    r"[（(](?:全文|全文发布|图文|附全文|附图解|文字版|公告)[）)]$"
    r"|(?<=报告)[（(]\d{4}年\d{1,2}月\d{1,2}日\s*[\u4e00-\u9fff·]{2,8}[）)]$"  # 温州市政府工作报告(2021年2月2日 姚高员): its delivery
    r"|(?<=\S{6})\s*[-—–_|｜]\s*[\u4e00-\u9fff]{2,8}(?:网|網|新闻|新聞|客户端|日报|日報)$"  # …化解-新华网: a portal's name after a headline
    r"|(?<=\S{8})\s*(?<![—–])[-_|｜]\s*[\u4e00-\u9fff]{2,15}人民政府$"  # …应急管理工作-昆都仑区人民政府: the portal's owner
    r"|(?<=\S{6})(?<![—–])\s*[-—–_|｜](?![—–])\s*(?=\w{0,12}[A-Za-z])\w{0,12}(?:登录|入口|官方网站|官网|app|APP)$"  # …-kok全站登录
    r"|\s*[-—–_|｜]?\s*(?:维基文库|維基文庫)[,，]?\s*自由的(?:图书馆|圖書館)$"  # …的决议維基文庫,自由的圖書館
)
_STRICT_REPORT_TITLE = re.compile(r"年.{0,20}(?:法治政府|依法行政|法治建设|政府工作|工作).{0,20}(?:报告|总结)$")
# not 据《…报告》显示 (a news item citing it), 审议《…2024年度…报告》 (an earlier report the meeting reviewed)
_SELF_NAMED = re.compile(r"(?<!据)(?<!审议|听取|学习|印发|报送)《(?P<title>[^《》]{8,60}?报告)》(?!显示|指出|提出|中)")
_TITLE_MAX = 80
_MIN_TITLE = 5
# Lines a page prints around its text, and a body's first words, that a title test could take for a
# headline: a chapter's introduction (引言:…), a news lead (日前,…), a site's links, breadcrumbs and
# labels (点击查阅更多…, 首页 - 宁夏要闻, 您所在的位置, 宁夏分社正文, 热搜词:…, 投稿信箱, an e-mail
# address), an item of a site's list of other stories (…不实(2026·03·12)), credits and page tools
# (初审:…, 主办:…, 图片:…摄, 打印本文 默认 增大 缩小, a browser notice), a byline (记者… 通讯员…),
# a delivery line's end (…会议上), a clock or a column tag before a headline (11:35…, □…).
_PAGE_CHROME = re.compile(
    r"^(?:(?:引言|前言|导语|摘要|关键词|关键字)[:：]|(?:日前|近日|昨日|今天|今日)[,，]"
    r"|[（(]?点击(?:查阅|查看|进入|阅读|收听|播放)|(?:首页|主页)\s*[-—>»]|您(?:所在|现在)的位置|当前位置|热搜词[:：]"
    r"|(?:初审|复审|终审|审核|责编|责任编辑|编辑|校对|主办|承办|协办|图片|摄影)\s*[:：]|\d{1,2}:\d{2}|□)"
    r"|(?:分社|[>›»])\s*[•·]?\s*正文$|投稿信箱|@[\w.]+\.(?:com|cn|net)|[（(]\d{4}[·.]\d{1,2}[·.]\d{1,2}[)）]$"
    r"|^打开[A-Za-z\u4e00-\u9fff]{1,12}阅读$|^[\u4e00-\u9fff]{2,12}(?:网|網|报|報)(?:讯|訊)$|^[\u4e00-\u9fff]{2,8}\.[\u4e00-\u9fff]{2,8}$"  # 德州新聞網訊, 城市镜像.新闻汇总
    r"|今天是$|每日心情$|★.*★|^签到天数|[上下]一版|放大\s*缩小|^[\u4e00-\u9fff]{2,10}[市区县區縣][\u4e00-\u9fff]{1,8}[路街道]\d+[号號]$|^[\u4e00-\u9fff]{2,6}(?:日|晚|早|晨|商|时|工人|法治|法制)[报報]$|^首页[\u4e00-\u9fff]|^[▲△▼]|^[图圖][:：]|欢迎您[!！]|欢迎关注|门户\s*[—-]*$|[-—]{1,2}\s*[\u4e00-\u9fff]{2,8}频道$|频道推荐$|^文\s*[/／]|^大家(?:上午|下午|晚上)?好[!！]?$|^[（(]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|^[^（(]*[)）]$|^新闻热线[:：]?\s*[\d\-－]{7,}\S{0,8}$|课题(?:调研|調研)?[组組]$|(?:旧版|新版)入口$|^\S{2,8}\s*[-—|｜]\s*\S{2,30}(?:官网|官方网站|门户网站)$|不良信息举报|^第\d+期[:：]第?\s*\d+版|欢迎访问|(?:>>|＞＞)\s*$|^(?P<spam>[^,，]{2,12})[,，](?P=spam)(?:官网|官方网站)$|打印本文|增大缩小|默认\s*增大|分辨率|浏览器|浏览效果|记者.{0,12}通讯员|记者\s*[\u4e00-\u9fff]{2,4}\s*(?:/\s*[图文]|摄影?)$"  # …记者陈博文/图: a credit
    r"|^(?![^，,]*(?:成立|召开|举办|举行|挂牌))[\u4e00-\u9fff]{2,12}(?:研究会|学会|协会|促进会)$|(?:会议|會議)上[)）]?\Z"  # 法治文化研究会: a column named for a society
    r"|设为首页|加入收藏|@你$|\b[a-z\d-]+\.(?:com|cn|net|org)\b|(?<![（(])总第\d+期"  # a site's links, a domain, an e-paper's issue
    r"|^(?P<site>[\u4e00-\u9fff]{2,12}网)(?P=site)$|滚动新闻$|本网原创$|新闻正文$|^(?:今日特推|相关阅读|推荐阅读|延伸阅读|相关新闻|热点推荐)[:：]|^(?!.*(?:开通|上线|入驻))[^，,。]{0,20}官方(?:微信|微博|抖音)号?$|^[\u4e00-\u9fff、]{2,12}/[\u4e00-\u9fff、]{2,12}$|高级搜索|站内搜索|签发人[:：]|^《[\u4e00-\u9fff]{2,12}报》\s*(?:19|20)\d{2}年|^[^，,]{0,8}主流媒体[,，]|城市门户$|^(?!.*——)[^，,。]{0,30}系列报道之[一二三四五六七八九十\d]{1,3}$|打开[^，,。“”\s]{0,8}APP$|报\s*-\s*[A-Z]\d{1,3}|\d{4}\s*年\s*/\s*\d{1,2}\s*月\s*/"  # 2步打开媒体云APP; 山西法治报/2024 年/1 月/30 日/第 002 版
)


# right after a document's genre word, where a page's filing marks begin (…的通知-政府办文件, …的通知0政策)
_AFTER_GENRE = r"(?<=通知|报告|方案|意见|决定|办法|规划|要点|预案|安排|计划|思路)"

# A work report's delivery after its title: run in (…法院工作报告——2025年1月21日在…会议上), in brackets
# (检察工作报告(2022年1月12日青浦区第六届人民代表大会第一次会议)) or as a bare day (…工作报告(20220118)).
# The bracketed date with a speaker (…工作报告(2021年2月2日 姚高员)) is among the _SITE_SUFFIX marks.
_DELIVERY_NOTE = re.compile(
    r"(?:(?<=报告|報告)|(?<=[（(]摘要[)）]))\s*(?:[—-]{1,2}\s*(?:(?:19|20)\d{2}|[二〇○OО零]{2}[〇○OО零一二三四五六七八九十]{2})\s*年[^—-]{0,10}?在[^—-]{2,40}?(?:(?:会议|大会)上?|届)"
    r"|[（(](?:19|20)\d{2}\s*年[^（()）]{2,10}?日[^（()）]{0,10}?第[^（()）]{2,30}(?:会议|大会)[)）]"
    r"|[（(](?:19|20)\d{6}[)）])$"
)
# a congress's session named alone: a page's heading, not a title
_SESSION = re.compile(r"[\u4e00-\u9fff]{2,20}第[一二三四五六七八九十\d]{1,3}届人民代表大会(?:常务委员会)?第[一二三四五六七八九十\d]{1,3}次会议")
# a page's bare 2025年工作报告 over the report's own title, which names its body (湘潭市人民检察院工作报告)
_TITLED_WORK_REPORT = re.compile(r"工作[报報]告(?:[（(][^（()）]*[)）])?$")
_BARE_WORK_REPORT = re.compile(r"(?:19|20)\d{2}\s*年度?工作[报報]告")

_MAX_SUBTITLE = 40
# ——在尉犁县第十八届…会议上, ——县委副书记、县长 张三, ——2021年3月5日: a delivery, speaker or date line
_NOT_SUBTITLE = re.compile(
    rf"会上|^在|(?:{_OFFICIAL_POST})\s*[\u4e00-\u9fff]{{0,4}}$|^\d{{4}}\s*年\d{{1,2}}月"
    r"|^\d[\d年月日]*日在|^(?:19|20)\d{6}在"  # ——20211月12日在…, ——20171228在…: a garbled delivery line
    r"|^[二〇○OО零][〇○OО零一二三四五六七八九]{3}年"  # ——二O二四年一月三十一日在…: one in Chinese numerals
)


def strip_site_marks(text: str) -> str:
    """A title without what a site or a filing system puts around it."""
    text = _SITE_SUFFIX.sub("", _SITE_TAG.sub("", TITLE_STAMP.sub("", text))).strip()
    text = re.sub(r"^原标题[:：]\s*", "", text)  # 原标题:菏泽警方“百日行动”取得阶段性战果
    text = _DELIVERY_NOTE.sub("", text)
    text = re.sub(r"^Page\s*\d+\s*[-—]\s*", "", text)  # Page 9-威海市…年度报告: a viewer's page number
    text = re.sub(r"^\d{4}\s*\d{1,2}/\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*", "", text)  # 2025 07/18 11:57:51新疆…: a feed's stamp
    text = re.sub(r"^\d{1,2}\.\d{1,2}(?=[\u4e00-\u9fff])(?![万亿千百])", "", text)  # 12.23長春警方通報…: the day a feed filed it (not 12.5万人次)
    text = re.sub(r"^[\u4e00-\u9fff]{1,8}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d+\s*号(?=\S{6})", "", text)  # 盘政发〔2016〕10号盘锦市…的决定
    text = SCRAPER_RECORD.sub("", text)  # …逾2万起******url:https://m.gmw.cn/…
    text = re.sub(r"^(?:信息)?名称[:：]?\s*(?=\S{6})", "", text)  # 信息名称浦东新区人民政府2015年度…报告: a table's label run in
    text = re.sub(r"^(?:手机细览|附件\s*\d*\s*[:：])\s*", "", text)  # 手机细览 (a mobile view's label), 附件: before an attachment's title
    text = re.sub(r"(?<=工作报告)[（(](?:19|20)\d{2}\s*年\d{1,2}月[)）]$", "", text)  # …检察院工作报告(2016年2月): the page's note
    text = re.sub(r"^(?:新闻|客服|服务|咨询)热线[:：]\s*\d[\d\-－]{6,}(?:\s\d{4}(?![\d年]))?\s*", "", text)  # 新闻热线:0576-88106102 run into the headline
    # a column's tag before the headline (天天关注:, 环球观热点:)
    text = re.sub(
        r"^(?:天天关注|今日关注|权威发布|焦点关注|内容概述|内容提要|[\u4e00-\u9fff]{0,4}(?:热点|快讯|速递|动态|動態|熱點|快訊))[:：]\s*", "", text
    )
    # a browser title: the document's name, then the site's sections (…的通知-政府办文件-…)
    text = re.sub(rf"{_AFTER_GENRE}\s*[-—–_|｜]\s*\S.*$", "", text)
    text = re.sub(rf"{_AFTER_GENRE}\d+[\u4e00-\u9fff]{{0,4}}$", "", text)  # …的通知0政策: a counter and a tag
    text = re.sub(r"^[\u4e00-\u9fff]{0,4}(?:动态|要闻|资讯|新闻|快讯)\s*[|｜]\s*", "", text)  # 教育动态|南宁市教育局…
    # an outlet or a column before the headline: 重庆日报|…, 天天微头条丨…, 天天熱議:…
    text = re.sub(r"^(?:[\u4e00-\u9fff]{2,8}(?:报|報)\s*[|｜丨]|天天[\u4e00-\u9fff]{2,3}[:：丨])\s*(?=\S{8})", "", text)
    text = re.sub(r"\*{2,}$", "", text)  # …降至近5年最低值******
    text = re.sub(r"\.(?:pdf|PDF|wps|docx?|DOCX?)$", "", text)  # …法治政府建设年度报告.pdf: a document's file name
    text = re.sub(r"_第\s*\d+\s*页$", "", text)  # …2017年工作打算_第1页: a document site's page number
    text = re.sub(r"(?<=报告|報告)索引$", "", text)  # …年度报告索引: a table's next label run in
    text = re.sub(r"^本文标题[:：]\s*(?:\d{8}[:：])?", "", text)  # 本文标题:20201231:…: a document site's label
    # 开云手机官网入口·(中国)官方网站…, bob最新官网…: a betting site's banner run into the title
    text = re.sub(r"^[A-Za-z\u4e00-\u9fff·]{0,12}?(?:官网入口|最新官网)[·\s]*(?:[（(]中国[)）])?(?:官方网站)?\s*(?=\S{8})", "", text)
    text = re.sub(r"^(?:[^>＞»\s]{1,20}(?:>>|＞＞|»)){1,5}(?=[^>＞»]{8,}$)", "", text)  # 城市快讯>>…>>浙江去年…: a breadcrumb ending in the headline
    twice = re.fullmatch(r"(?P<head>.{%d,}?)\s*(?P=head)(?P<subtitle>——.+)?" % _MIN_TITLE, text)
    if twice and not _PAGE_CHROME.search(text):
        text = twice.group("head") + (twice.group("subtitle") or "")  # the title printed twice on one line (and its subtitle once)
    text = re.sub(r"(?<=[^A-Za-z\u00c0-\u02ff])[A-Za-z]*[\u00c0-\u02ff][A-Za-z\u00c0-\u02ff]*$", "", text)  # …成功率97%SSIļʱ: mojibake
    if text.startswith("“") and text.endswith("”") and text.count("“") == 1 and not re.search(r"[，,。]|……", text):
        text = text[1:-1]  # “十六载追凶显担当 一朝擒凶慰民心”: a headline printed in quotes
    text = re.sub(r"[（(]全文\s*\d+\s*字[)）]$", "", text)  # …政府工作报告(全文29812字): the page's word count
    text = re.sub(r"[（(](?:免予公开转)?(?:主动公开|依申请公开|不予公开)[)）]$", "", text)  # …的通知(免予公开转主动公开): its disclosure class
    text = re.sub(r"\s*\|[\s|]*$", "", text)  # …情况的报告 | |||: a table's empty cells after it
    text = DOC_NUMBER_NOTE.sub("", text)  # …工作報告(潭縣自然資字〔2025〕79號)
    text = _SITE_AFTER.sub("", _MARKUP_LEFT.sub("", text))  # …的报告 青海省人民政府网" > …
    issuer = org_at_start(text)
    if issuer and (place := place_chain_at_start(text[len(issuer) :])) and place in issuer \
            and is_report_title(text[len(issuer) :]):
        text = text[len(issuer) :]  # 南宁市西乡塘区人民政府 西乡塘区2018年度…报告: the site's issuer line run in
    site, _, rest = text.partition("_")
    if rest and is_org(site) and looks_like_title(rest):
        text = rest  # 长沙市司法局_关于长沙市2020年法治政府建设情况的报告
    text = _PAGE_TITLE_HEAD.sub("", _PAGE_TITLE_TAIL.sub("", text))  # 长沙市政府门户网站-…报告_法治政府_…
    bracketed = _BRACKETED_NUMBER.match(text)
    if bracketed:
        return text[bracketed.end() :]  # [天政发〔2026〕7号]天水市人民政府关于…的报告
    bare = _DOC_NUMBER.sub("", text).strip().lstrip(":：").strip()  # 海司〔2022〕118号:关于…的请示
    if bare.startswith("《") and bare.endswith("》") and bare.count("《") == 1:
        return bare[1:-1]  # a title line printed as 《…》, perhaps after its document number
    if bare != text and (bare.startswith("关于") or is_report_title(bare)):
        return bare  # 朝交发[2022]97号关于印发…的通知, 冀环法规【2020】4号河北省生态环境厅2019年度…报告
    return text


def looks_like_title(text: str) -> bool:
    if not _MIN_TITLE <= len(text) <= _TITLE_MAX or text.endswith(("。", "；", ";", "：", ":", "，", ",")):
        return False
    if _DOC_NUMBER.match(text) and not _DOC_NUMBER.sub("", text).strip():
        return False  # 西政办〔2020〕20号
    if text.endswith("文件") and is_org(text[:-2]):
        return False  # 四平市人民政府文件: the letterhead of an official document
    if text.startswith(("——", "--", "—")) or len(re.findall(r"[\u4e00-\u9fff]", text.replace("年", ""))) < 4:
        return False  # ——2020年1月5日在…会议上, (2021年): a delivery line, a year in brackets
    if _SESSION.fullmatch(text) or DELIVERY.match(text):
        return False  # 眉山市第四届人民代表大会第七次会议: the session a report is made to; 2023年1月12日在…区: its delivery
    if re.match(r"(?:新华社|中新社|新華社|[\u4e00-\u9fff]{2,6}网)[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日电", text):
        return False  # 中新网海口6月2日电(记者…)…: a news item's dateline and first sentence
    if re.search(r"(?:会议|人大)[^，,。]{0,12}(?:材料|文件)\s*[（(][一二三四五六七八九十\d]{1,4}[)）]$", text):
        return False  # …第十五届人民代表大会第四次会议材料(九): the label of a session's papers
    if re.match(r"各[^，,。]{1,20}[，,、]", text) and not YEAR_IN_TITLE.search(text):
        return False  # 各地级以上市人民政府,省政府各部门…: a notice's addressees
    if _SITE_SECTION.match(text):
        return False  # 湘西土家族苗族自治州司法局-行政复议: a site's name and section
    if len(text) <= 30 and _SPEAKER.search(text) and not re.search(r"(?:报告|总结|材料)$", text):
        return False  # 襄阳市人民检察院检察长 常本勇: the speaker under a work report's title
    if is_place_name(text):
        return False  # 四川省自贡市: a dateline's place, not a headline
    if _PAGE_CHROME.search(text):
        return False  # what a page prints around its text, or a body's first words (see _PAGE_CHROME)
    site = re.fullmatch(r"[\u4e00-\u9fff]{2,8}网\s*(?P<place>[\u4e00-\u9fff]{2,4})", text)
    if (text.endswith("网站") and re.search(r"(?:委|局|厅|办|室|院|政府)$", WEBSITE.sub("", text))) or (
        site and (is_place_name(site.group("place")) or city_by_short_name(site.group("place")))
    ):
        return False  # 中共晋城市委政策研究室网站, 手机人民网 天津: a site's name
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}\s*[（(][^（()）]{2,40}(?:长|主任|书记|教授|研究员)[)）]", text):
        return False  # 马姣(…督察局副局长): an author and position
    if text.startswith("“") and text.endswith("”") and re.search(r"……|。”$", text):
        return False  # “我们是…的工作人员,本周是…”: a quoted speech that opens a story
    if text.endswith("”") and "“" not in text:
        return False  # 喝酒不开车,开车不喝酒”: the end of a quote, not a headline
    if re.match(r"(?:镜头|篇章|片段)[一二三四五六七八九十\d]{1,3}[:：]", text):
        return False  # 镜头五:全国首家…中心成立: one section of a feature, not its headline
    if re.fullmatch(r"(?:19|20)\d{2}\s*年度?(?:工作)?(?:情况|总结|开展情况|回顾)", text):
        return False  # 2016年工作情况, 2025年工作回顾: a section heading that names nothing
    if re.fullmatch(r"\d{1,2}月\d{1,2}日\s*(?:至|到|-|—|－)\s*\d{1,2}月\d{1,2}日", text):
        return False  # 8月9日至8月15日: the week a bulletin covers
    if re.fullmatch(r"[\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州)(?:党)?委[、和](?:省|市|县|区|州)?(?:人民)?政府", text):
        return False  # 市委、市政府: a report's addressee, not its title
    # one bar between a column's name and the headline (齐河公安 | 群众安全感全市第一) is a title; more is a menu
    column = re.fullmatch(r"[\u4e00-\u9fff]{2,10}\s*\|\s*[^|]{6,}", text)
    return "。" not in text and ("|" not in text or bool(column)) and not HEADING_START.match(text) and not DATE.fullmatch(text)


def is_report_title(text: str) -> bool:
    ending = TRAILING_NOTE.sub("", text)  # …工作年度报告(2018年度)
    return looks_like_title(text) and bool(REPORT_TITLE.search(ending)) and "年" in text


def top_title(paragraphs: list[tuple[int, str]]) -> tuple[str | None, str | None, str | None]:
    """(report title, letterhead, first title-like line) from the paragraphs above the body."""
    top: list[str] = []
    for _, text in paragraphs[:8]:
        if is_body(SCRAPER_RECORD.sub("", text)):  # not a headline made long by the scraper's record
            break
        if top and re.match(r"原标题[:：]", text):
            continue  # 泉州晋江成立… / 原标题:晋江成立…: the page's own headline stands, its source's is a note
        top.append(strip_site_marks(text))
    letterhead = next((t for t in top[:3] if is_org_line(t)), None)
    first_line = _about_title(top) or next((t for t in top if looks_like_title(t) and not is_org_line(t)), None)
    if first_line in top:  # 在黄石互动黄石动态黄石公安机关“向人民报告”! / … / 黄石公安机关“向人民报告”!: a breadcrumb run in
        start = top.index(first_line) + 1
        first_line = next(
            (t for i, t in enumerate(top[start:], start)
             if len(t) >= 6 and first_line.endswith(t) and first_line != t and not is_org(first_line[: -len(t)])
             # not the title again, wrapped: …天津市交通 / 运输委员会…; 浦府〔2022〕1号浦东新区人民政府关于印发 / 《…》的通知
             and not (len(top[i - 1]) >= 2 and first_line.endswith(top[i - 1] + t))
             and not top[i - 1].endswith(first_line[: -len(t)])),
            first_line,
        )
    if first_line and (end := next((i for i, t in enumerate(top) if len(t) >= 4 and first_line.endswith(t)), None)) is not None:
        first_line = _wrapped(first_line, top[end + 1] if end + 1 < len(top) else "")  # 阿坝州…办公室 / 关于…报告 / 编制…的通知
    if first_line in top and (index := top.index(first_line)) + 1 < len(top):
        fuller = top[index + 1]  # 政府工作报告 / 西藏自治区政府工作报告: the page's short title, then the document's
        if fuller.endswith(first_line) and fuller != first_line and (
            org_at_start(fuller) or place_chain_at_start(fuller[: -len(first_line)])
        ):
            first_line = fuller
    for index, text in enumerate(top):
        candidate = text
        if not is_report_title(candidate) and index + 1 < len(top):
            # A wrapped title: 'X关于2023年度法治政府建设' + '情况的报告'.
            joined = text + top[index + 1]
            if (
                looks_like_title(text) and not is_org_line(text) and is_report_title(joined)
                # not a spam or site line above a title that stands alone
                and not (is_report_title(top[index + 1]) and YEAR_IN_TITLE.search(top[index + 1]))
                and not _PAGE_CHROME.search(top[index + 1])  # …政府工作报告 / 点击查阅更多2021年地方政府工作报告
                and not _TITLED_WORK_REPORT.search(text)  # 检察工作报告(2022年1月12日…会议) / 上海市…工作报告: two titles
                and not top[index + 1].startswith("——")  # …整体水平 / ——在2014年…会议上的报告: a speech's occasion
            ):
                candidate = joined
        if not is_report_title(candidate):
            continue
        if index + 1 < len(top) and re.fullmatch(rf"[^，,。]{{0,20}}的(?:{NOTICE_GENRES})", top[index + 1]):
            continue  # 关于做好2017年政府信息公开工作年度报告 / 编制和公布工作的通知: a notice's title, wrapped
        if index and top[index - 1].startswith(candidate) and re.match(r"和|及|暨", top[index - 1][len(candidate) :]):
            candidate = top[index - 1]  # …2022年工作总结和2023年工作要点 / …2022年工作总结: the page names the whole document
        if _BARE_WORK_REPORT.fullmatch(candidate):
            candidate = next((t for t in top[index + 1 :] if re.fullmatch(r".{4,40}工作[报報]告", t) and org_at_start(t)), candidate)
        elif not YEAR_IN_TITLE.search(candidate) and not org_at_start(candidate) and not agency_prefix(candidate):
            # 政府信息公开年度报告 (a page's category) / 郑州市教育局2020年政府信息公开工作年度报告: the document's own
            candidate = next((t for t in top[index + 1 :] if is_report_title(t) and YEAR_IN_TITLE.search(t)), candidate)
        if letterhead and top.index(letterhead) > index and candidate in top[top.index(letterhead) + 1 :]:
            continue  # the title again under the letterhead: read it there
        if letterhead and top.index(letterhead) < index and not candidate.startswith(letterhead) and (
            YEAR_IN_TITLE.match(candidate) or candidate.startswith("关于")
            # 城东区卫生健康局 / 政府信息公开工作年度报告: a title that names no body, right under one
            or (top.index(letterhead) == index - 1 and not agency_prefix(candidate) and not org_at_start(candidate)
                and not RELATIVE_AT_START.match(candidate))  # 辽宁省公安厅 / 省公安厅…年度报告 names its body
        ):
            # 济宁市公安局 / 2023年度…报告; a joint letterhead signs with every line of it
            # (中共…广顺街道工作委员会 / 重庆市荣昌区人民政府广顺街道办事处 / 关于…的报告)
            stacked = [t for t in top[top.index(letterhead) : index] if is_org_line(t)]
            issuers = "".join(stacked) if len(stacked) == index - top.index(letterhead) else letterhead
            return _without_page_prefix(issuers + candidate), letterhead, first_line
        return _without_page_prefix(candidate), letterhead, first_line
    return None, letterhead, first_line


# A document's name ends on its genre: a title line that does not is wrapped onto the next
# (关于印发…三年行动计划 / (2023—2025年)的通知; …第十四个五年规划和 / 2035年远景目标纲要)
_DOCUMENT_END = re.compile(rf"(?:{NOTICE_GENRES}|纲要|规划|报告|总结|条例|指南|公报)(?:[（(][^（()）]*[)）])?$")


def _wrapped(title: str, following: str) -> str:
    """The title with the line after it when that line finishes it."""
    wrapped = title + following
    if len(wrapped) <= _TITLE_MAX and _DOCUMENT_END.search(following) and (
        following.startswith(("(", "（")) or re.search(r"[和及与、]$", title)
        or (re.fullmatch(rf"[^，,。]{{2,20}}的(?:{NOTICE_GENRES})", following) and not following.startswith("关于"))  # …年度报告 / 编制和公布工作的通知
    ):
        return wrapped
    return title


_COLUMN_END = re.compile(r"(?:公告|动态|動態|报告|報告|专题|專題|公开|公開|文件|资讯|要闻)$")


def _without_page_prefix(title: str) -> str:
    """济南市人民政府 通知公告 济南市2020年法治政府建设情况报告, 其他专题报告2016年义乌市…报告: a
    report title that names its own place after a portal's name, column or menu, run into one line, is
    the title from that place on. The government a title names again is its portal (义乌市人民政府 /
    2023年义乌市…报告: readers left it out); a joint 中共… heading, a 关于 title and a name
    stacked on a body (中共青岛市交通运输局党组…) stay whole."""
    if "关于" in title or title.startswith("中共") or not YEAR_IN_TITLE.search(title):
        return title
    starts = {m.start() for m in full_name_pattern().finditer(title)} | {m.start() for m in re.finditer(YEAR, title)}
    for split in sorted(at for at in starts if 2 <= at < len(title) - 6):
        prefix, rest = title[:split], title[split:]
        after_year = rest[re.match(rf"(?:{YEAR}\s*年度?)?", rest).end() :]
        place = place_chain_at_start(after_year)
        menu = prefix.startswith(("首页", "首頁"))  # 首页区县招商…新闻中心2016年天津市红桥区人民政府工作报告
        if (
            place and len(place) >= 3 and (org_at_start(after_year) is None or menu)
            and YEAR_IN_TITLE.search(rest) and not YEAR_IN_TITLE.search(prefix)
            and is_report_title(rest) and (is_org(prefix) or _COLUMN_END.search(prefix) or menu)
        ):
            return rest
    return title


def _about_title(top: list[str]) -> str | None:
    """西平县人民政府办公室 / 关于印发西平县2020年度法治政府建设 / 工作安排的通知: a 关于… title
    wrapped over lines, with the issuer's line above it."""
    for index, text in enumerate(top):
        issuer, about, _ = text.partition("关于")
        if not about or (issuer and not is_org(issuer) and not RELATIVE_ORG.match(issuer)):  # also 省人民政府关于
            continue  # 关于…, or 清远市人民政府办公室关于2017年度 / 依法行政工作考评结果的通报
        joined = text
        for more in top[index + 1 : index + 3]:
            if _GENRE_END.search(joined):
                break
            joined += more
        if not (_GENRE_END.search(joined) and looks_like_title(joined)):
            return None
        # the issuers' line above, perhaps with the verb: 鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于…的通知
        above = top[index - 1] if not issuer and index > 0 else ""
        above = above if is_org_line(above.removesuffix("印发")) else ""
        return above + joined
    return None


# A microblog post opens on its headline in brackets, run into the story (a yearbook's 【人民调解】 is shorter)
_BRACKETED_LEAD = re.compile(r"^【(?P<title>[^【】]{12,60})】(?=\S{20})")


def title_further_down(paragraphs: list[tuple[int, str]]) -> str | None:
    """A report that lost its title line often still names itself: a standalone title line
    after a cover letter or a summary that names it, or 《…关于2021年度法治政府建设情况的报告》 in the opening text; a page
    that ran the title into its first section (…年度报告 一、总体情况 2019年,…)."""
    if paragraphs and (lead := _BRACKETED_LEAD.match(paragraphs[0][1])) and looks_like_title(lead.group("title")):
        return lead.group("title")  # 【2025年山东法院结案272.8万件,…】(山东法制报 陈瑞阳)1月22日…: a post's headline
    if paragraphs and (run_in := _RUN_IN_TITLE.match(paragraphs[0][1])):
        title = _DOC_NUMBER.sub("", re.sub(r"\s+", "", run_in.group("title")))  # 赣区府发〔2021〕3号 …的通知
        if looks_like_title(title):
            return title
    for index, (_, text) in enumerate(paragraphs[:4]):
        named = re.findall(r"《([^《》]{6,60})》", text)  # 昭通市印发《昭通市“十四五”生态环境保护规划》,… / 昭通市“十四五”…规划
        if below := next((t for _, t in paragraphs[index + 1 : index + 3] if t in named and looks_like_title(t)), None):
            return below  # a summary that names the document above its own title line
    for index, (_, text) in enumerate(paragraphs[:12]):
        text = strip_site_marks(text)
        wrapped = text + paragraphs[index + 1][1] if index + 1 < len(paragraphs) and looks_like_title(text) else text
        for candidate in (text, wrapped):  # 2024年度交通运输法治政府建设 / 工作总结 (never a date line + title)
            if looks_like_title(candidate) and _STRICT_REPORT_TITLE.search(candidate):
                return candidate
    for index, (_, text) in enumerate(paragraphs[:5]):
        if _MADE_PUBLIC.search(text):  # …现将《整改方案》予以公开。 / 昆明市…整改方案: the document under its cover note
            below = [t for _, t in paragraphs[index + 1 : index + 3] if looks_like_title(t) and _GENRE_END.search(t)]
            if below:
                return below[0]
        if published := _DISCLOSED.search(text):
            return published.group("title") or published.group("named")  # 现公布建始县住房和城乡建设局2023年政府信息公开工作年度报告
        named = _SELF_REPORTED.search(text)
        if named and (issuer := agency_prefix(named.group("title"))) and not RELATIVE_ORG.match(issuer):
            return named.group("title")  # 特向社会公布长春市公安局2023年…报告; not 现将我局2019年度…
        if issued := _PROMULGATION.search(text):
            return issued.group("title") or issued.group("agreed")  # the notice's heading is lost: what it issues
        for match in _SELF_NAMED.finditer(text):
            title = match.group("title")
            if _STRICT_REPORT_TITLE.search(title) and agency_prefix(title):
                return title
    return None


_OVERVIEW = ("概况", "综述", "概述")
_MAX_ENTRY_HEADING = 10


def yearbook_entry_title(paragraphs: list[tuple[int, str]], title: str | None) -> str | None:
    """【人民调解】2020年,… → 人民调解: a yearbook entry is titled by its subject; an overview
    (【综述】, 【概况】) by the heading above it (依法治市 / 【综述】 2015年,…; 三级目:政法委及综治).
    A report's or notice's own title above an entry stays."""
    if title and (is_report_title(title) or _GENRE_END.search(title)):
        return None
    for index, (_, text) in enumerate(paragraphs[:8]):
        after = paragraphs[index + 1][1] if index + 1 < len(paragraphs) else ""
        if text.strip() in _OVERVIEW and re.match(r"(?:19|20)\d{2}\s*年", after):
            return text.strip()  # 概况 / 2014年,广州市人民检察院…: a yearbook entry's own heading
        if (entry := YEARBOOK_ENTRY.match(text)) is None:
            continue
        if entry.group("subject") not in _OVERVIEW:
            return entry.group("subject")
        above = re.sub(r"\s+", "", re.sub(r"^[一二三四]级目[:：]", "", paragraphs[index - 1][1])) if index else ""
        above = re.sub(r"[A-Za-z ]+$", "", above)  # 政 治 建 设Political Construction: the English gloss
        return above if 2 <= len(above) <= _MAX_ENTRY_HEADING and re.fullmatch(r"[\u4e00-\u9fff]+", above) else None
    return None


def headline_of(paragraphs: list[tuple[int, str]], cleaned: CleanText) -> str | None:
    """A news page's headline: the last title-like paragraph above its header or byline, else
    the first one right below it."""
    headers = [s for s in cleaned.set_aside if NEWS_MARKERS.search(s.text) or BYLINE.match(s.text.strip())]
    if not headers:
        return None
    header_start = headers[0].raw_start
    above = [text for start, text in paragraphs if cleaned.offsets[start] < header_start]
    titles = [t for t in above if looks_like_title(t) and not is_org_line(t)]
    if titles:
        return strip_site_marks(titles[-1])
    below = [text for start, text in paragraphs if cleaned.offsets[start] > header_start][:1]
    if below and looks_like_title(strip_site_marks(below[0])) and not is_org_line(below[0]):
        return strip_site_marks(below[0])
    return None


def portal_banner(letterhead: str, title: str, publisher: str | None, paragraphs: list[tuple[int, str]]) -> bool:
    """A government's name that a section line parts from the title of a page its department
    publishes is the portal's banner; right above the title it is the report's letterhead
    (海口市人民政府 / 2021年度…报告, which 海口市司法局 posts)."""
    place = letterhead.removesuffix("人民政府")
    if not publisher or place == letterhead or not publisher.startswith(place) or publisher.startswith(letterhead):
        return False  # 宁县人民政府办公室 is the government's own office
    texts = [text for _, text in paragraphs[:8]]
    title_line = next((i for i, text in enumerate(texts) if text and title.removeprefix(letterhead).startswith(text)), None)
    return letterhead in texts and title_line is not None and title_line - texts.index(letterhead) > 1


def subtitle_under(paragraphs: list[tuple[int, str]], title: str | None) -> str:
    """——银川市奋力创建…: the subtitle line right under a feature's headline, dashes and all ('' if none)."""
    lines = [text.strip() for _, text in paragraphs[:4]]
    after = lines[lines.index(title) + 1 :] if title in lines else []
    return after[0] if after and after[0].startswith(("——", "—", "--")) else ""


def with_subtitle(title: str | None, paragraphs: list[tuple[int, str]]) -> str | None:
    """讲述法院好故事 / ——2023年山西法院工作亮点回顾: a headline and its subtitle are one title to a
    reader (annotators joined them 9 times of 10); a speech's delivery line (——2020年12月24日在…会议上)
    is no subtitle, nor a bare year (——2020)."""
    subtitle = subtitle_under(paragraphs, title).lstrip("—-").strip()
    if not title or not re.search(r"[\u4e00-\u9fff]{2}", subtitle) or len(subtitle) > _MAX_SUBTITLE or subtitle.endswith("。") \
            or DELIVERY.search(subtitle) or is_org_line(subtitle) \
            or (_NOT_SUBTITLE.search(subtitle) and not subtitle.startswith("记")):  # not ——记…局长曾宏, a profile
        return title
    return f"{title}——{subtitle}"
