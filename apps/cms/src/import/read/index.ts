/** Reading the inputs of a post import: WordPress exports, saved pages, and zips of them. */
export { readSources } from './readSources'
export { readHtmlPage } from './htmlPage'
export { readWxr, WxrError } from './wxr'
export { unzipInput, ZipError } from './unzip'
export { detectInput } from './detect'
