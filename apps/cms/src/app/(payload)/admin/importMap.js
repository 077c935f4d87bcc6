import { BrandNamesCell as BrandNamesCell_1dcbfc6d660731dc3411bd21766586b4 } from '../../../components/ListCells/BrandNamesCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { SiteStatusField as SiteStatusField_32d806c1d0f71e0d60331975ff282e80 } from '../../../dashboard/SiteStatusField'
import { ReviewWorkflowField as ReviewWorkflowField_c3aea29a207cfccb7c648542493591f8 } from '../../../review/components/ReviewWorkflowField'
import { ScheduledCell as ScheduledCell_2957721d7c077214ef43861c506f4e33 } from '../../../components/ListCells/ScheduledCell'
import { BrandTimezonePublishButton as BrandTimezonePublishButton_5e6c1c2d50851b63ee59283c9929e16d } from '../../../components/Schedule/BrandTimezonePublishButton'
import { ComparisonGridField as ComparisonGridField_3d5d5bf1fc4735c1bd31747a86f6d054 } from '../../../components/ComparisonGrid/ComparisonGridField'
import { RowLabel as RowLabel_7ef67d563bdacb56cb56fbfea13052f8 } from '../../../components/RowLabel/RowLabel'
import { YesNoCell as YesNoCell_1d294c6d7e221e1b6cac1f361ec68f84 } from '../../../components/ListCells/YesNoCell'
import { PhoneCell as PhoneCell_8c998bb617bc1e768c440af1e5bc40ae } from '../../../components/ContactLinks/ContactLinks'
import { PhoneField as PhoneField_8c998bb617bc1e768c440af1e5bc40ae } from '../../../components/ContactLinks/ContactLinks'
import { EmailCell as EmailCell_8c998bb617bc1e768c440af1e5bc40ae } from '../../../components/ContactLinks/ContactLinks'
import { EmailField as EmailField_8c998bb617bc1e768c440af1e5bc40ae } from '../../../components/ContactLinks/ContactLinks'
import { ImportProposalsField as ImportProposalsField_3ee6af5108f8a98c043cc36d73fd1312 } from '../../../components/ImportProposals/ImportProposalsField'
import { ImportNavLink as ImportNavLink_84106b9a7b1731be752c91e65a845e31 } from '../../../components/ImportPosts/ImportNavLink'
import { ReviewNavLink as ReviewNavLink_3a57ba9d74ec3c25277f82156da6ed1d } from '../../../review/components/ReviewNavLink'
import { BrandDashboard as BrandDashboard_b457d4b38fdd3d1a8bc87dfb90538c7f } from '../../../dashboard/BrandDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ImportPostsView as ImportPostsView_1c9e8b710b2b41897798165fb19f8952 } from '../../../components/ImportPosts/ImportPostsView'
import { ReviewQueueView as ReviewQueueView_f27896b5f6e8df725a2301ed2024c376 } from '../../../review/components/ReviewQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/ListCells/BrandNamesCell#BrandNamesCell": BrandNamesCell_1dcbfc6d660731dc3411bd21766586b4,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/dashboard/SiteStatusField#SiteStatusField": SiteStatusField_32d806c1d0f71e0d60331975ff282e80,
  "/review/components/ReviewWorkflowField#ReviewWorkflowField": ReviewWorkflowField_c3aea29a207cfccb7c648542493591f8,
  "/components/ListCells/ScheduledCell#ScheduledCell": ScheduledCell_2957721d7c077214ef43861c506f4e33,
  "/components/Schedule/BrandTimezonePublishButton#BrandTimezonePublishButton": BrandTimezonePublishButton_5e6c1c2d50851b63ee59283c9929e16d,
  "/components/ComparisonGrid/ComparisonGridField#ComparisonGridField": ComparisonGridField_3d5d5bf1fc4735c1bd31747a86f6d054,
  "/components/RowLabel/RowLabel#RowLabel": RowLabel_7ef67d563bdacb56cb56fbfea13052f8,
  "/components/ListCells/YesNoCell#YesNoCell": YesNoCell_1d294c6d7e221e1b6cac1f361ec68f84,
  "/components/ContactLinks/ContactLinks#PhoneCell": PhoneCell_8c998bb617bc1e768c440af1e5bc40ae,
  "/components/ContactLinks/ContactLinks#PhoneField": PhoneField_8c998bb617bc1e768c440af1e5bc40ae,
  "/components/ContactLinks/ContactLinks#EmailCell": EmailCell_8c998bb617bc1e768c440af1e5bc40ae,
  "/components/ContactLinks/ContactLinks#EmailField": EmailField_8c998bb617bc1e768c440af1e5bc40ae,
  "/components/ImportProposals/ImportProposalsField#ImportProposalsField": ImportProposalsField_3ee6af5108f8a98c043cc36d73fd1312,
  "/components/ImportPosts/ImportNavLink#ImportNavLink": ImportNavLink_84106b9a7b1731be752c91e65a845e31,
  "/review/components/ReviewNavLink#ReviewNavLink": ReviewNavLink_3a57ba9d74ec3c25277f82156da6ed1d,
  "/dashboard/BrandDashboard#BrandDashboard": BrandDashboard_b457d4b38fdd3d1a8bc87dfb90538c7f,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/ImportPosts/ImportPostsView#ImportPostsView": ImportPostsView_1c9e8b710b2b41897798165fb19f8952,
  "/review/components/ReviewQueueView#ReviewQueueView": ReviewQueueView_f27896b5f6e8df725a2301ed2024c376,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
