"""Clean: undo PDF and web-page artifacts while keeping a map back to the raw text.

Every character of the clean text is a character of the raw text (`clean[i] == raw[offsets[i]]`,
offsets strictly increasing; a paragraph break '\n' may stand for a raw '\r'), so any span
found in the clean text has exact raw coordinates.
Cleaning only ever *drops* characters: layout whitespace, hard line breaks inside sentences,
list bullets, markup left over from HTML (br, &nbsp;), pinyin glosses a mirror site puts after
characters (發(fā)), and whole lines of web-page chrome, which are set aside (not lost) for the
metadata stage.
"""
from __future__ import annotations

import re
import statistics
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import opencc

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000\ufeff]")
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000\ufeff]+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
BULLETS = "•●▪◦■◆▶►"  # list bullets a web page's text keeps at the start of a line
# Characters dropped besides layout spaces: a list bullet opening a line (or the ?? a mirror put
# for its indent), HTML left in the text, and a toned pinyin gloss right after a Chinese character.
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（] ?[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]* ?[)）]", re.IGNORECASE)  # also 會(huì )議
_DROPPED = re.compile(
    rf"^\s*(?:[{BULLETS}]|-(?=\s)|(?:[?？]{{2}}){{1,2}}(?![省市县区州旗盟镇乡])(?=[\u4e00-\u9fff（(\d]))\s*|<br\s*/?>|&(?:nbsp|ensp|emsp);|(?<=[\u4e00-\u9fff])br(?=[\u4e00-\u9fff])"
    rf"|{_GLOSS.pattern}",
    re.IGNORECASE,
)


def without_glosses(text: str) -> str:
    """印發(fā) → 印發: a mirror's pinyin glosses dropped from a line the cleaning set aside whole."""
    return _GLOSS.sub("", text)


_LIST_ITEM = re.compile(rf"^\s*(?:[{BULLETS}]|--|-\s)")
# A site menu: 首页 新闻中心 信息公开 政务服务 …, or one bulleted menu entry per line.
_MENU_ITEM = re.compile(rf"^\s*(?:[{BULLETS}]|-(?=\s))\s*[\u4e00-\u9fff]{{2,6}}\s*$")  # • 首页, - 政务公开
_MENU_WORDS = re.compile(r"[\u4e00-\u9fff]{2,6}")
# A page's metadata table may set its title field off by spaces only: 标  题 河南省人民政府关于…
_SPACED_TITLE_FIELD = re.compile(r"^标\s*题\s+\S")
# …or list its fields as bulleted pairs: • [ 主题分类 ] / • 城乡建设、环境保护 (the value is no title)
_FIELD_LABEL = re.compile(rf"^\s*[{BULLETS}]?\s*\[\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{{0,10}}\]\s*$")
_BULLETED = re.compile(rf"^\s*[{BULLETS}]")
_LINKED_SITE = re.compile(r"[\u4e00-\u9fff]{2,16}(?:人民政府|政府|网|网站)")

# A sentence or heading ends at these characters; a line ending elsewhere was wrapped.
_TERMINAL = set("。！？!?；;：:…")
_CLOSERS = set("”’」』）)】》\"'")
HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,2}[、.．](?!\d)"
    r"|第[一二三四五六七八九十百\d]+[章节条部分篇]|[一二三四五六七八九十]是)"
)
_ENTRY_START = re.compile(r"【[\u4e00-\u9fff]{2,10}】")  # a yearbook entry or a tagged line starts a paragraph
_NOTE_START = re.compile(r"原标题\s*[:：]")  # a repost's note of the original headline is a line of its own
# A line ending in one of these cannot end a sentence: a number waits for its unit, a comma or
# an opening bracket for the rest of the clause.
_OPEN_END = re.compile(r"[0-9０-９.．，、,（(“‘《【]$")
# A line that ends in a date set off by a space, or is nothing but a date, is stamped (…工作报告 2024-12-12), not wrapped.
_STAMPED = re.compile(r"(?:^\s*|\s)(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)$")
# A browser title line: 宝山区…情况报告_法治政府_上海市宝山区人民政府门户网站
_PAGE_TITLE = re.compile(r"_[^_]{1,40}(?:网站|网|门户)$")
# …逾2万起******url:https://m.gmw.cn/…,id:1303244132: a scraper's record of the page after its headline
SCRAPER_RECORD = re.compile(r"\*{3,}\s*url[:：]\S*$")
TRAILING_NOTE = re.compile(r"[（(][^（()）]{1,12}[)）]$")
# A title's document number in brackets after it: …工作报告(潭县自然资字〔2025〕79号)
DOC_NUMBER_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,12}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d+\s*[号號][）)]$")
_TITLE_END = re.compile(
    r"(?:报告|总结|通知|意见|方案|决定|通报|公告|通告|纪要|讲话|解读|報告|總結|意見|決定|通報|紀要|講話|解讀)$"
)

# An aggregator's stamp, day first: 21.08.2017  22:45 (chrome that still dates the page).
DAY_FIRST_STAMP = re.compile(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s*\d{1,2}:\d{2}$")

# Web-page chrome: breadcrumbs, share/print buttons, footers, page counters and the headers a
# web archive puts above a capture. Matched on short lines only, so body text is never removed.
WEIBO_STAMP = re.compile(r"^[\u4e00-\u9fff]{2,12}\s*(?P<year>\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\s*\d{1,2}:\d{2}$")  # 山东法制报 26-01-22 16:06
_CHROME = re.compile(
    r"当前位置|当前的位置|所在的位置|您现在的位置|您的位置|^转自[:：]|^\W?文件所属单位[:：]|^(?!.*(?:联合|共同))[\u4e00-\u9fff]{4,30}主办$|^位置[:：]|首[页頁]\s*(?:[>＞»/›》]|>>)|分享到|扫一扫|打印本页|关闭窗口|【\s*(?:打印|关闭)"
    r"|^(?:打印|关闭|分享|收藏|返回顶部|附件[:：]?)$|字号[:：]|【字体|字体[:：]\s*[大中小]|字体大小"
    r"|版权所有|Copyright|©|ICP备|公网安备|视听节目许可证|网站标识码|主办单位|承办单位|技术支持|联系我们|网站地图"
    r"|访问量|阅读次数|浏览次数|点击数|点击[:：]|已阅\d*|(?:发布|成文|发文|印发|生成|产生|公开|公布|生效)(?:时间|日期)|发布时期|主题分类|效力状态|效力状况|效力狀況|公开(?:方式|范围|时限)[:：]|信息来源|责任编辑|责编"
    r"|(?:来源|稿源)[:：]|作者[:：]|编辑[:：]|索[\s?]*引[\s?]*号|发布机构|发文机关|文号[:：|]|有效性|无障碍|简体版?\|?繁体|登录注册"
    r"|二维码|星期[一二三四五六日天]|^[-|:]+$|\d{4}-\d{1,2}-\d{1,2}\d{1,2}:\d{2}|^\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[\u4e00-\u9fff]{2,12}){0,3}$|浏览量|发表(?:时间|日期)|文字大小"
    r"|会员登录|用户注册|^(?:日期|时间)[:：]\s*\[?(?:\d{4}|\d{1,2}-\d{1,2}$)|电子报阅读|^当前报纸名称[:：]|^[\u4e00-\u9fff]{3,30}\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$"
    rf"|所在位置|^(?:[{BULLETS}-])?(?:地址|电话|传真|邮箱|邮编|E-?mail)[:：]|^(?:[{BULLETS}-]|\|\s*)?(?:标[\s?]*题|名[\s?]*称|文件名称|信息名称|内容概述|內容概述)\s*[:：|]"
    r"|Wayback Machine|web\.archive\.org|archive\.org|archive\.today|\bcaptures?\b|TIMESTAMPS"
    r"|COLLECTED BY|^https?://\S+$|^(?:[>＞»›]\s*)?[^>＞»›\s]{1,15}(?:\s*[>＞»›]{1,2}\s*[^>＞»›\s]{1,15}){2,}[>＞»›]?$"
    r"|^\d{1,5}期/第\d{1,3}版|^(?:[\u4e00-\u9fff]{2,12}(?:政府网|网站)){2,}$|^(?:[\u4e00-\u9fff]{2,10}网){3,}$"
    r"|^\W?\s*(?:[\u4e00-\u9fff]{2,10}(?:报|報|网|網|台|社|新闻|新聞|全媒体|融媒体|客户端|在线|在線))?\s*(?:本报|本報)?"
    r"(?:见习记者|特约记者|记者|特约通讯员|通讯员|特约评论员|评论员|見習記者|記者|通訊員)(?:\s*[、]?\s*[\u4e00-\u9fff]{2,4}){1,4}$"
    r"|^(?:记者|通讯员|記者|通訊員)[:：](?!.*(?:哪|什么|怎么|如何|吗|为何))[\u4e00-\u9fff]{2,3}(?:、?[\u4e00-\u9fff]{2,3}){0,2}$"  # 记者:崔恩硕, not 记者:下一步还有哪些打算
    r"|^(?:新华社|中新社|新華社)?[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日电$|支持IPv6|点击右上角|^(?:网上有害信息举报|违法和不良信息举报|不良信息举报)(?:专区|中心|电话)?$|^朋友圈$|浏览器分享|瀏覽器分享"
    r"|升级浏览器|^(?!.*(?:报告|法治|政府|公开)).*(?:毛片|国产精品|欧美一区|亚洲一区|偷拍|中文字幕|天堂精品|足彩|博彩|体育平台|日韩精品|久久精品|高辣|写作资料.{0,6}微信)"  # nags, injected spam
    # a betting site's banner (欧洲杯决赛竞猜_2024欧洲杯买球平台-线上app官网), not a story on one (警方捣毁…体育投注…团伙)
    r"|^(?!.*(?:破获|捣毁|打击|查处|警方|公安|开展|活动|赌博|赌场|案))(?=.*(?:买球|竞猜|体育投注|真人电子|游艺平台|体育APP|体育app))"
    r".*(?:官网|官方网站|app|APP|下载|入口|_)"
    r"|返回目录|前一篇\s*后一篇|^(?:类|分|次分)\s*目[:：]"  # a yearbook's page navigation and classification
    r"|^欢迎(?:加入|光临)[^，,。]{2,20}[!！]?$|^论文部分内容阅读$|查看内容$|^下载地址[:：]|点击此处下载|智能搜索$"  # greetings, widgets
    r"|设为首页收藏本站|^查看[:：]\s*\d+\s*\|\s*回复|^\[复制链接\]$|显示全部楼层"  # a forum's thread chrome
    r"|^关于我们|网站声明$|^本站为|网正文$"  # a site's footer links and notes, a portal's page label (新华网正文)
    r"|^[^>＞»\s]{2,14}(?:网|網)\s*(?:>>|＞＞|»)\s*[^>＞»\s]{2,10}$"  # 黑龙江新闻网>>法治在线: a one-step breadcrumb
    r"|^[\u4e00-\u9fff]{2,12}(?:新闻网|日报网|政府网|门户网站|公开网|听证网)$|^(?:时效性|效力级别|施行日期|发文字号)|"
    r"^[\u4e00-\u9fff]{2,12}报(?:数字报纸|数字报|电子版)$|^第?[A-Z]?\d{1,5}版[:：]|^本报记者[\u4e00-\u9fff]{2,4}(?:通讯员|$)"
    r"|^(?:政府信息公开|信息公开|政务公开|通知公告|工作动态|新闻中心|政务要闻|要闻动态|部门动态)$"  # a lone section label
    r"|^(?:[0-9A-Z]{18}|\d{6,12})/\d{4}-\d{1,8}$"  # an index number without its label
    rf"|{DAY_FIRST_STAMP.pattern}"
    r"|^[A-Z]\d{1,3}$|高级搜索"  # a newspaper's page marker (T17, A01); a search box
    r"|^(?:发布单位|公开日期|公开时限|公开方式|统一登记号)"  # a disclosure table's row, labels without colons
    r"|^当前版[:：]|旗下媒体[:：]|^(?:(?:上一|下一)(?:版|期|篇)|放大|缩小|默认|返回首页)(?:\s*(?:(?:上一|下一)(?:版|期|篇)|放大|缩小|默认|返回首页))+$"
    r"|^欢迎(?:您)?(?:访问|来到|光临)(?:[^。]{2,30}(?:网站|网|平台)|[^。，,]{2,30}[!！]$)"  # 欢迎访问…网站, …办公室!
    r"|^(?:您)?正在阅读[:：]"
    r"|^没有账号[?？]?$|^(?:注册|登录)\s*\|?$|(?:主管|主办)[^。]{0,30}(?:官方网站|官网)$"  # login prompts, a masthead
    r"|^(?:[^|\s。，,]{1,8}\s*\|\s*){4,}[^|。，,]{0,8}$"  # a menu: 原创 | 法治福建 | 记者调查 | 时政 | …
    r"|^(?:报料|举报|咨询|服务|值班)(?:热线|电话)[:：]|^[\u4e00-\u9fff]{2,10}网$|^[\u4e00-\u9fff]{2,20}\s*/$|^归档(?:时间|日期)"
    r"|^\s*(?:[>＞»›]{1,2}\s*[^>＞»›\s]{1,15}\s*){2,}$"  # a hotline, a site's name, a breadcrumb's continuation
    r"|^(?:《[^《》]{2,12}》\s*){3,}$|^[\u4e00-\u9fff]{2,8}(?:日报|晚报|商报|青年报|法制报|法治报)$|欢迎您[!！]?$"  # mastheads, a greeting
    r"|^[\u4e00-\u9fff]{0,8}\s*APP$|下载APP|^(?:历史|订阅|个人中心|退出登录|⁺)$"  # a news app's banner and menu
    r"|^[\u4e00-\u9fff]{0,10}\s*\d{1,2}\s*(?:分钟|小时|天)前$|^(?:号|称|词)[:：]|^(?:编辑|校对|审核|责编)[\u4e00-\u9fff]{2,3}$|分享至|统一刊号|上一篇|下一篇|标题导航|版面导航|^返回目录$|^正文复制$"  # labels that lost a character, share and page links
    r"|^[\u4e00-\u9fff]{2,10}客户端$|^(?:点击下载|移动端应用|政务微信|政务微博|智能问答|登录个人中心|微信公众号|媒体矩阵|英文版|政务邮箱|手机WAP|手机版|(?:关注)?官方(?:微信|微博))$"  # app and portal links
    r"|^打开[\u4e00-\u9fff]{2,8}查看|^点击下载[^。，,]{0,30}$|^(?:原文|政策解读|解读)链接[:：]|^附件\d{0,2}[:：]?[^。，,\s]{1,40}\.(?:docx?|pdf|wps|xlsx?|zip|rar)$|^[^。，,\s]{1,100}\.(?:docx?|xlsx?|zip|rar)$"  # 打开网易新闻查看精彩图片, a download link
    r"|^(?:新闻发布会|图片新闻|视频新闻|焦点图片|权威发布|[\u4e00-\u9fff]{0,6}现场)$"  # a lone column or caption label
    r"|^(?:旗下栏目|栏目导航|频道导航)[:：]|^\s*[>＞»›]{1,2}\s*[^>＞»›\s。，,]{2,10}$"  # a site's sections, one breadcrumb step
    r"|^(?!.*《)[^》\s]{1,15}(?:\s*》\s*[^》\s]{1,15}){2,}$"  # 天津市蓟州区市场监督管理局》新闻动态》公示通告: a breadcrumb
    r"|^\W?X?(?:微信|微博|QQ空间|QQ|今日头条|一点号|直播间|抖音|快手|朋友圈|新浪微博|腾讯微博|人民号|百家号|头条号|企鹅号){2,}$"  # share buttons
    r"|^日期查询[:：]|^(?:编辑|更新)(?:时间|日期)[:：]"  # an e-paper's date picker, a page's edit stamp
    r"|(?:^|(?<=[a-z0-9]))(?:时间|日期)[:：]\s*(?:19|20)\d{2}[-/年.]"  # …网站 www.xiangfuqu.gov.cn 时间:2021-03-02 浏览:0: a page's stamp
    r"|^[\u4e00-\u9fff]{2,20}(?:网站|网)\s*www\.[a-z0-9.-]+?\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}$"  # …门户网站 www.yinchuan.gov.cn 2023-01-28
    r"|^现在时间是?[:：]|^(?:(?:退出|进入|切换)?老年人?模式)+$|^关怀版$|^配色方案$|网站导航$|往期报纸"  # a clock, accessibility and e-paper tools
    r"|^(?:官方微信|新浪微博|官方微博|微信公众号)(?:\s*(?:官方微信|新浪微博|官方微博|微信公众号))+$"  # follow links
    r"|^[\u4e00-\u9fff]{0,8}(?:热线|电话)\s*[:：]?\s*[\d\-－]{3,}$"  # 诉讼服务热线:12368
    # 2017.02.16 11:34 在榆林网综合: a page's stamp, not a chronicle's entry (2022.01.10 9:30 召开…)
    r"|^\d{4}\.\d{1,2}\.\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?(?:$|.{0,30}(?:网|报|来源|编辑|作者|综合))"
    # a microblog post's stamp and badge (山东法制报 26-01-22 16:06 / 微博认证:…); 发布于2022-02-13T20:56:36 该页已被阅读
    rf"|{WEIBO_STAMP.pattern}|^微博认证[:：]|该页已被阅读|^发布于(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}"
    r"|^https?://[a-z0-9./-]+?(?:19|20)\d{2}-\d{1,2}-\d{1,2}"  # http://www.newdu.com 2017-10-20 中国西藏新闻网 …: a mirror's stamp
    r"|^[^>＞»›\s]{1,15}(?:[>＞»›][^>＞»›\s]{1,15})+[>＞»›]$"  # 资讯>消费>: a breadcrumb that ends in its separator
    r"|^[\u4e00-\u9fff]{2,10}网首页$|^[\u4e00-\u9fff]{2,10}网\s*[>＞]\s*[\u4e00-\u9fff]{2,4}$"  # 今报网首页, 黑龙江网>其他
    r"|快照平台$|生成快照$|^(?:对外)?办公时间[:：]|^(?:上午|下午)[:：]\d{1,2}[:：]\d{2}|~{3,}$"  # a snapshot site's labels, office hours, an e-paper's link row
    r"|^分类[:：]|^返回[\u4e00-\u9fff]{0,20}首页$|<?返回首页$|^(?:发文字号|成文日期|发布日期|文号){2,}$|^[\u4e00-\u9fff]{2,8}电话$"  # a page's labels and links
    r"|^[\u4e00-\u9fff]{0,8}元数据$|^\d{4}年\d{1,2}月\d{1,2}日星期$|详细导航",  # a metadata panel's label, a clock cut short
    re.IGNORECASE,
)
_LINKS_HEADING = re.compile(r"(?:友情链接|相关链接|网站链接|政府网站链接)\s*[:：]?")
# a link names a site or a body (中国法院网, 人民法院报, 江西省人民政府), not a headline (修水县召开…会议)
_LINK = re.compile(r"[^。，,；;:：]{1,18}(?:网|網|报|報|政府|法院|检察院|局|厅|委|办|中心|部|门户|网站|平台|在线|新闻|電視台|电视台)")
# A web archive's banner (Wayback Machine) runs from its first line to the first line of Chinese.
_ARCHIVE_BANNER = re.compile(r"Wayback Machine|web\.archive\.org|archive\.today|archive\.ph", re.IGNORECASE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
CHROME_MAX_LEN = 120
# Lines of a document that was wrapped at a fixed width cluster tightly around that width.
_WRAPPED_MAX_MEDIAN = 60
_UNWRAPPED_MIN_JOIN = 40
_PARAGRAPH_OPENING = re.compile(
    r"(?:今年以来|今年来|近年来|近日|日前|(?:19|20)\d{2}年(?:以来|度)?|\d{1,2}月\d{1,2}日(?:上午|下午|晚)?)[，,]"
)


@dataclass(frozen=True)
class SetAside:
    """A raw line removed from the clean text, e.g. a breadcrumb or a 发布时间 header."""

    raw_start: int
    raw_end: int
    text: str


@dataclass(frozen=True)
class CleanText:
    text: str
    offsets: Sequence[int]  # offsets[i] is the raw index of text[i] (an array of machine ints)
    set_aside: tuple[SetAside, ...] = field(default=())

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering clean [start, end): the exact raw characters of a span."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the clean text of {len(self.text)}")
        return self.offsets[start], self.offsets[end - 1] + 1

    @cached_property
    def simplified(self) -> str | None:
        """`simplified_view` of the text, converted once for every stage that reads it."""
        return simplified_view(self.text)


@dataclass
class _Line:
    text: str  # after in-line whitespace removal
    offsets: array  # raw index of each character of `text`
    listed: bool = False  # a list item (• …, -- …): a paragraph of its own
    stamped: bool = False  # ends in a date set off by a space: the line is whole
    after_chrome: bool = False  # follows a line set aside: the page's blocks it separated stay apart


def _split_lines(raw: str) -> list[tuple[int, str]]:
    """(raw start, line text without its terminator) for every line."""
    lines = []
    for match in _LINE.finditer(raw):
        if match.start() == len(raw) and match.group() == "":
            break
        lines.append((match.start(), match.group().rstrip("\r\n")))
    return lines


_BARE_DATE = re.compile(r"\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]")


def is_clock(line: str, following: str) -> bool:
    """2026-01-25 / 星期日: a reader's clock on two lines shows today's date, not the page's."""
    return _BARE_DATE.fullmatch(line.strip()) is not None and _WEEKDAY.fullmatch(following.strip()) is not None


def is_chrome(line: str) -> bool:
    """Matched with spaces removed: pages space out labels (索 引 号) and buttons alike."""
    stripped = line.strip()
    if stripped.endswith("。") or stripped.count("，") > 1:
        return False  # a sentence of the body, not a button or a header
    compact = _SPACE.sub("", stripped)
    if _MENU_ITEM.match(line) or _is_menu_line(stripped) or _SPACED_TITLE_FIELD.match(stripped):
        return True
    return len(compact) <= CHROME_MAX_LEN and bool(_CHROME.search(compact))


_LEADING_BODY = re.compile(r"(?:省|市|县|区|州|旗)?(?:委|人大|政府|政协|纪委)")


_OUTLINE_HEADING = re.compile(r"^目录/提纲[:：]")
_MENU_PAIR = re.compile(r"[\u4e00-\u9fff]{2,8}(?:\s+[\u4e00-\u9fff]{2,8}){1,2}")
MIN_MENU_BLOCK = 3


def _menu_block_lines(lines: list[str]) -> set[int]:
    """院级领导 本院概况 / 机构职能 法律法规 / 检务指南 公告公示: a site's menu laid out two or three
    links a line, MIN_MENU_BLOCK lines or more in a row (one such line may be a title in two parts)."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if _MENU_PAIR.fullmatch(line.strip()):
            run.append(index)
            continue
        if len(run) >= MIN_MENU_BLOCK:
            found.update(run)
        run = []
    return found


def _is_menu_line(line: str) -> bool:
    words = line.split()
    if len(words) >= 3 and all(_LINKED_SITE.fullmatch(word) for word in words):
        return True  # 双辽市人民政府 梨树县人民政府 伊通满族自治县人民政府: links to other sites
    if len(words) >= 3 and all(_LEADING_BODY.fullmatch(word) for word in words):
        return True  # 区委   区人大   区政府   区政协: links to the place's four leading bodies
    if _RUN_TOGETHER_MENU.fullmatch(line):
        return True  # 首页新闻中心政务公开政务服务政民互动: a menu that lost its spaces
    if len(words) >= 4 and len({len(word) for word in words}) == 1 and all(_SLOGAN_PHRASE.fullmatch(w) for w in words):
        return True  # 喜迎二十大 忠诚保平安 奋进新征程 建功新时代: a banner's parallel slogan
    return (
        len(words) >= 4
        and all(_MENU_WORDS.fullmatch(word) for word in words)
        and (words[0] in ("首页", "网站首页") or len(words) >= 6)
    )


_SITE_SECTIONS = "首页|网站首页|新闻中心|政务公开|信息公开|政务服务|政民互动|互动交流|网上办事|机构概况|专题专栏|公共服务|办事服务|走进[\u4e00-\u9fff]{2,4}"
_RUN_TOGETHER_MENU = re.compile(rf"(?:{_SITE_SECTIONS})(?:(?:{_SITE_SECTIONS})|[\u4e00-\u9fff]{{2,6}}){{3,}}")
_SLOGAN_PHRASE = re.compile(r"[\u4e00-\u9fff]{4,6}")


def _squeeze_spaces(start: int, line: str) -> _Line:
    """Drop layout spaces, keeping one only between two ASCII word characters (`PDF file`,
    `3 5`), and the bullets, markup and glosses of `_DROPPED`."""
    if _SPACE_RUN.search(line) is None and _DROPPED.search(line) is None:
        return _Line(line, array("q", range(start, start + len(line))))
    pieces: list[str] = []
    offsets = array("q")
    position = 0
    runs = sorted([*_SPACE_RUN.finditer(line), *_DROPPED.finditer(line)], key=lambda m: m.start())
    for run in runs:
        if run.end() <= position:
            continue  # inside a run already dropped
        if run.start() > position:
            pieces.append(line[position : run.start()])
            offsets.extend(range(start + position, start + run.start()))
        before = line[run.start() - 1] if run.start() > 0 else ""
        after = line[run.end()] if run.end() < len(line) else ""
        if (
            before and after and _ASCII_WORD.match(before) and _ASCII_WORD.match(after)
            and _SPACE_RUN.fullmatch(run.group())
        ):
            pieces.append(line[run.start()])
            offsets.append(start + run.start())
        position = run.end()
    pieces.append(line[position:])
    offsets.extend(range(start + position, start + len(line)))
    return _Line("".join(pieces), offsets)


def _wrap_width(lengths: list[int]) -> int | None:
    """The fixed width a PDF extraction wrapped lines at, or None for one-line paragraphs."""
    if len(lengths) < 8:
        return None
    median = statistics.median(lengths)
    if median > _WRAPPED_MAX_MEDIAN:
        return None
    quartiles = statistics.quantiles(lengths, n=4)
    spread = quartiles[2] - quartiles[0]
    return int(median) if spread <= 0.25 * median else None


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip("".join(_CLOSERS))
    if stripped and stripped[-1] in _TERMINAL or _PAGE_TITLE.search(stripped) or SCRAPER_RECORD.search(stripped):
        return True
    # …报告 and 《…报告》 alike, also with a note after it: …年度报告(2018年度)
    note_off = DOC_NUMBER_NOTE.sub("", TRAILING_NOTE.sub("", text.rstrip()))
    return bool(_TITLE_END.search(stripped) or _TITLE_END.search(note_off))


_MAX_TITLE_PART = 40


def _continues(previous: str, following: str, wrap_width: int | None) -> bool:
    """Whether a line break between these two lines falls inside one paragraph."""
    if previous and len(previous) <= _MAX_TITLE_PART and re.match(r"(?:和|及|暨)(?:19|20)\d{2}\s*年", following):
        return True  # 镇海区司法局2022年工作总结 / 和2023年工作要点: one title set on two lines
    if not previous or not following or _ends_sentence(previous):
        return False
    if HEADING_START.match(following) or _ENTRY_START.match(following) or _NOTE_START.match(following):
        return False
    if _OPEN_END.search(previous):
        return True
    if wrap_width is not None:
        return len(previous) >= 0.8 * wrap_width
    # an unwrapped page starts a paragraph with a time frame: …投资目标 / 今年以来，按照…
    return len(previous) >= _UNWRAPPED_MIN_JOIN and not _PARAGRAPH_OPENING.match(following)


def clean(raw: str) -> CleanText:
    lines: list[_Line] = []
    breaks: list[int] = []  # raw index of the first line break after each kept line
    set_aside: list[SetAside] = []
    in_banner = False
    separated = False  # a line was set aside since the last kept one
    simplified = simplified_view(raw)  # chrome of a traditional-script mirror reads as 来源, 首页
    split = [(start, line) for start, line in _split_lines(raw) if line.strip()]
    menu = _menu_block_lines([line for _, line in split])
    in_links = False
    in_outline = False  # a document site's outline (目录/提纲:…… / 一、… / ……) above the document
    in_poster = False  # a forum's poster panel (TA的每日心情 / … / 发表于 2024-7-10 18:13:51 | 显示全部楼层)
    for index, (start, line) in enumerate(split):
        banner_start = ("rchive" in line or "ayback" in line) and bool(_ARCHIVE_BANNER.search(line))
        in_banner = (in_banner and not _CJK.search(line)) or banner_start
        # a mirror's pinyin gloss breaks up the label it glosses (發(fā)布時間): matched without it
        view = without_glosses(simplified[start : start + len(line)] if simplified is not None else line)
        following = split[index + 1][1] if index + 1 < len(split) else ""
        chrome = index in menu or is_chrome(line) or (view != line and is_chrome(view)) or is_clock(line, following) or (
            index > 0 and bool(_FIELD_LABEL.match(split[index - 1][1])) and bool(_BULLETED.match(line))
        )
        # a links block (友情链接 / 最高人民法院 / 人民法院报 / …): a footer, whatever bodies it names
        link = view.strip()
        in_links = (len(link) <= 40 and bool(_LINKS_HEADING.match(link))) or (in_links and bool(_LINK.fullmatch(link)))
        poster_ends = in_poster and "发表于" in link
        in_poster = (in_poster and not poster_ends) or link.lstrip(BULLETS + " ").startswith(("TA的每日心情", "签到天数"))
        chrome = chrome or in_poster or poster_ends
        outline_ends = in_outline and link in ("……", "...", "…")
        in_outline = (in_outline and not outline_ends) or bool(_OUTLINE_HEADING.match(link))
        if in_banner or chrome or in_links or in_outline or outline_ends:
            set_aside.append(SetAside(start, start + len(line), line.strip()))
            separated = True
            continue
        squeezed = _squeeze_spaces(start, line)
        squeezed.listed = bool(_LIST_ITEM.match(line))
        squeezed.stamped = bool(_STAMPED.search(line.rstrip()))
        squeezed.after_chrome = separated
        if squeezed.text:
            lines.append(squeezed)
            separated = False
            end = start + len(line)  # the line break: '\n' of '\r\n', else '\r' or '\n'
            breaks.append(end + 1 if raw.startswith("\r\n", end) else end)
    wrap_width = _wrap_width([len(line.text) for line in lines])

    pieces: list[str] = []
    offsets = array("q")
    for index, line in enumerate(lines):
        if index > 0:
            previous = lines[index - 1]
            # a line that stands alone; on an unwrapped page also one after chrome (a wrapped PDF's
            # page header or footer falls mid-sentence)
            whole = previous.listed or previous.stamped or line.listed or (line.after_chrome and wrap_width is None)
            if whole or not _continues(previous.text, line.text, wrap_width):
                pieces.append("\n")
                offsets.append(breaks[index - 1])
            elif _ASCII_WORD.match(previous.text[-1]) and _ASCII_WORD.match(line.text[0]):
                # Two words wrapped apart keep their line break so they do not fuse.
                pieces.append("\n")
                offsets.append(breaks[index - 1])
        pieces.append(line.text)
        offsets.extend(line.offsets)
    return CleanText("".join(pieces), offsets, tuple(set_aside))


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def traditional_view(text: str) -> str:
    """A name in traditional characters, for a text written in them that never prints it whole."""
    return _to_traditional().convert(text)


# Frequent characters that only traditional script uses; a text with none of them is simplified.
_TRADITIONAL_ONLY = re.compile(
    "[這們個來時為說國會發經與對於學問開關電車東間長見頁號區縣書務報實點應過還進動義當麼從樣讓萬鄉裡計網機歷現產辦體總條處記錄"
    "後職門黨員議價圖導農業廳設幹級類題權構財稅規範審調協護衛藝術傳廣證執資顯環陜]"
)
# Variants OpenCC's t2s leaves as they are: 陜西 is 陕西.
_VARIANTS = str.maketrans({"陜": "陕"})


def simplified_view(text: str) -> str | None:
    """The text in simplified characters when it is written in traditional ones (a mirror site,
    a Hong Kong repost), character for character so offsets still hold; else None."""
    if not _TRADITIONAL_ONLY.search(text):
        return None  # no character only traditional script uses: skip the conversion
    converted = _converter().convert(text).translate(_VARIANTS)
    return converted if converted != text and len(converted) == len(text) else None
